% regexp 'names': a struct array, one element per match, one field per named token.
s = regexp('ab12 cd34', '(?<word>[a-z]+)(?<num>\d+)', 'names');
fprintf('%s %d %d\n', class(s), size(s));
f = fieldnames(s);
fprintf('%s ', f{:}); fprintf('\n');
fprintf('%s=%s\n', s(1).word, s(1).num, s(2).word, s(2).num);
t = regexp('x=1, y=22', '(?<key>\w+)=(?<val>\d+)', 'names', 'once');
fprintf('%d %d %s %s\n', size(t), t.key, t.val);
[tok, nm] = regexp('k1', '(?<a>[a-z])(\d)', 'tokens', 'names');
fprintf('%s %s %s\n', tok{1}{:}, nm.a);
c = regexp({'a1', 'b2'}, '(?<L>[a-z])', 'names');
fprintf('%s %s %s\n', class(c), c{1}.L, c{2}.L);

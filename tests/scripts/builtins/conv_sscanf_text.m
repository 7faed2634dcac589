% %s skips blanks and reads a word, %c reads characters as they are; text-only formats give
% a char row, mixed formats give character codes in a double column.
s = sscanf('hello world', '%s');
fprintf('%s %s %d %d\n', s, class(s), size(s));
c = sscanf('a b', '%c');
fprintf('[%s] %d\n', c, numel(c));
m = sscanf('12 ab', '%d %s');
fprintf('%s ', class(m)); fprintf('%d ', m); fprintf('\n');
k = sscanf('key: value', '%*s %s');
fprintf('%s\n', k);
t = sscanf('abc123', '%[a-z]');
fprintf('%s\n', t);
w = sscanf('abcdef', '%3c');
fprintf('%s\n', w);

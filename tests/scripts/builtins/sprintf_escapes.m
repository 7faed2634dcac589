s = sprintf('a\tb');
fprintf('%d %d\n', numel(s), double(s(2)));
t = sprintf('line1\nline2');
fprintf('%d\n', numel(t));
disp(t)
u = sprintf('%s', 'a\nb');
fprintf('%d\n', numel(u));
fprintf('[%s]\n', sprintf('back\\slash'));
fprintf('%s\n', 'it''s');

a = [1 2 3]';
b = a';
s = 'it''s';
fprintf('%d %d\n', size(a));
fprintf('%d %d\n', size(b));
disp(s)
c = a'';  % double transpose
fprintf('%d %d\n', size(c));
t = s';
fprintf('%d %d\n', size(t));

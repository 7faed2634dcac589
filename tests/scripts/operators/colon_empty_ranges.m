a = 1:0;
b = 5:1;
c = 1:-1:5;
d = 3:2:1;
fprintf('%d %d\n', size(a), size(b), size(c), size(d));
fprintf('%d %d\n', isempty(a), numel(b));

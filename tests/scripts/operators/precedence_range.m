a = 1:2+3;
b = 2*2:8;
c = 1:3';
d = (1:3)';
fprintf('%d ', a); fprintf('\n');
fprintf('%d ', b); fprintf('\n');
fprintf('%d %d\n', size(c), size(d));
e = 1+1:2*3;
fprintf('%d ', e); fprintf('\n');

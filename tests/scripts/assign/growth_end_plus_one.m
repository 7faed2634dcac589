x = [1 2];
x(end+1) = 3;
x(end+1) = 4;
fprintf('%d ', x); fprintf('\n');
c = [1; 2];
c(end+1) = 3;
fprintf('%d %d\n', size(c));
e = [];
for k = 1:3
    e(end+1) = k^2;
end
fprintf('%d ', e); fprintf('\n');

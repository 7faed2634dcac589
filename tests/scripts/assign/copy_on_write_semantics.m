a = [1 2 3];
b = a;
b(1) = 99;
fprintf('%d ', a); fprintf('\n');
fprintf('%d ', b); fprintf('\n');
c = modify(a);
fprintf('%d ', a); fprintf('\n');
fprintf('%d ', c); fprintf('\n');

function v = modify(v)
    v(end) = -1;
end

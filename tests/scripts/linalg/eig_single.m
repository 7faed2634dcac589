% single input gives single output
A = single([2 1; 1 2]);
e = eig(A);
disp(class(e))
fprintf('%.4f\n', e);
[V, D] = eig(A);
disp(class(V))
disp(class(D))

% eig of empty and scalar inputs
e = eig([]);
disp(size(e))
[V, D] = eig([]);
disp(size(V))
disp(size(D))
disp(eig(5))
[V, D] = eig(-2)

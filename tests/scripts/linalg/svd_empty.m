% svd of empty matrices
s = svd(zeros(0, 3));
disp(size(s))
[U, S, V] = svd(zeros(0, 3));
disp(size(U)); disp(size(S)); disp(size(V))
disp(V)

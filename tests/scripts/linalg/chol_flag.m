% [R,p] = chol(A) reports failure in p instead of an error
[R, p] = chol([1 2; 2 1])
[R, p] = chol(eye(2))
A = [4 2 0; 2 1 0; 0 0 1];
[R, p] = chol(A);
disp(p)
disp(size(R))

% pinv: Moore-Penrose pseudoinverse, with an optional tolerance
A = [1 2; 3 4; 5 6];
X = pinv(A)
fprintf('%d\n', norm(X - (A'*A)\A') < 1e-12);
B = [1 2; 2 4];
Y = pinv(B)
Z = pinv([1 0; 0 1e-10], 1e-5)
disp(size(pinv(zeros(0, 3))))

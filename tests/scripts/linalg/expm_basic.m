% expm: matrix exponential (scaling and squaring)
E = expm([0 1; 0 0]);
fprintf('%.10f\n', E);
R = expm([0 1; -1 0]);
fprintf('%.12f\n', R);
fprintf('%.10f\n', expm(zeros(2)));
D = expm(diag([1 2]));
fprintf('%.10f\n', diag(D));
B = expm([1 2; 3 4]);
fprintf('%.8f\n', B);
C = expm(10 * [1 2; 3 4]);
fprintf('%.6e\n', C);

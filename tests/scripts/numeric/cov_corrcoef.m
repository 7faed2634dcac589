% cov and corrcoef: vectors, matrices (columns are variables), two inputs, normalisation.
fprintf('%.4f\n', cov([1 2 3 4]));
C = cov([1 2; 3 4; 5 7]);
fprintf('%.4f %.4f %.4f %.4f\n', C);
C = cov([1 2 3], [1 0 4]);
fprintf('%.4f %.4f %.4f %.4f\n', C);
C = cov([1 2; 3 4; 5 7], 1);
fprintf('%.4f %.4f %.4f %.4f\n', C);
fprintf('%g\n', cov(5));
R = corrcoef([1 2; 3 4; 5 7]);
fprintf('%.4f %.4f %.4f %.4f\n', R);
R = corrcoef([1 2 3 4], [2 4 5 9]);
fprintf('%.4f %.4f %.4f %.4f\n', R);
R = corrcoef([1 2 3 4], [4 3 2 1]);
fprintf('%.4f %.4f %.4f %.4f\n', R);
X = [1 5 2; 2 3 4; 3 1 4; 4 0 8];
R = corrcoef(X);
disp(size(R)); fprintf('%.4f ', R); fprintf('\n');

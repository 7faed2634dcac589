% roots: eigenvalues of the companion matrix; zero roots first, leading zeros dropped.
r = roots([1 -6 11 -6]);
disp(size(r)); fprintf('%.4f\n', r);
r = roots([1 0 -1]);
fprintf('%.4f\n', r);
r = roots([2 -4]);
fprintf('%.4f\n', r);
r = roots([0 0 1 -3 2 0 0]);
fprintf('%.4f\n', r);
r = roots([1 0 4]);
fprintf('%.4f\n', imag(r));
fprintf('%d\n', isreal(r));
r = sort(roots([1 -10 35 -50 24]));
fprintf('%.4f\n', r);
disp(size(roots(5)))
disp(size(roots([0 0])))
r = roots([1 2 5]);
fprintf('%.4f %.4f\n', [real(r) imag(r)]');
r = roots([1 -3 3 -1]);
fprintf('%.3f\n', real(r));

% erf, erfc, erfinv, erfcinv: values, symmetry and round trips.
fprintf('%.6f ', erf([-1 0 0.5 2])); fprintf('\n');
fprintf('%.6f ', erfc([-1 0 0.5 2])); fprintf('\n');
fprintf('%.6e\n', erfc(10));
fprintf('%.6f ', erfinv([-0.5 0 0.5 0.9])); fprintf('\n');
fprintf('%g %g %g\n', erfinv(1), erfinv(-1), erfinv(2));
fprintf('%.6e\n', erfinv(1e-10));
fprintf('%.6f ', erfcinv([0.1 1 1.5])); fprintf('\n');
fprintf('%g %g\n', erfcinv(0), erfcinv(2));
x = [-2 -0.3 0.1 1.7];
fprintf('%d\n', max(abs(erfinv(erf(x)) - x)) < 1e-12);
fprintf('%d\n', max(abs(erfcinv(erfc(x)) - x)) < 1e-12);
fprintf('%.6f\n', erfcinv(1e-100));

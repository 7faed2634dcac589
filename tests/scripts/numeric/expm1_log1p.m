% expm1 and log1p keep accuracy near zero; log1p below -1 is complex.
fprintf('%.6e\n', expm1(1e-10));
fprintf('%.6e\n', log1p(1e-10));
fprintf('%.6f ', expm1([-1 0 1])); fprintf('\n');
fprintf('%.6f ', log1p([0 1 exp(1) - 1])); fprintf('\n');
fprintf('%g\n', log1p(-1));
z = log1p(-2);
fprintf('%.4f %.4f\n', real(z), imag(z));
fprintf('%d\n', isreal(log1p([0 1])));
fprintf('%.6e\n', exp(1e-10) - 1 - expm1(1e-10));

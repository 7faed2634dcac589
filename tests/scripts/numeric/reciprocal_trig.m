% sec csc cot, their inverses and the hyperbolic family; complex outside the real domain.
fprintf('%.4f ', sec([0 1 2])); fprintf('\n');
fprintf('%.4f ', csc([1 2])); fprintf('\n');
fprintf('%.4f ', cot([1 2])); fprintf('\n');
fprintf('%g\n', cot(0));
fprintf('%.4f ', asec([2 -3])); fprintf('\n');
fprintf('%.4f ', acsc([2 -3])); fprintf('\n');
fprintf('%.4f ', acot([0 1 -2])); fprintf('\n');
fprintf('%.4f ', sech([0 1]), csch([1 -2]), coth([1 2])); fprintf('\n');
fprintf('%.4f ', asinh([-1 0 2])); fprintf('\n');
fprintf('%.4f ', acosh([1 2 10])); fprintf('\n');
fprintf('%.4f ', atanh([0 0.5 -0.5])); fprintf('\n');
fprintf('%g\n', atanh(1));
z = acosh(0.5);
fprintf('%.4f %.4f\n', real(z), imag(z));
z = atanh(2);
fprintf('%.4f %.4f\n', real(z), imag(z));
fprintf('%d %d\n', isreal(acosh([1 2])), isreal(acosh([0.5 2])));
fprintf('%.4f ', asech([0.5 1]), acsch([1 2]), acoth([2 -3])); fprintf('\n');

fprintf('%g %g %g\n', sinh(0), cosh(0), tanh(0));
fprintf('%.4f %.4f %.4f\n', sinh(1), cosh(1), tanh(1));
fprintf('%.4f\n', cosh(2)^2 - sinh(2)^2);

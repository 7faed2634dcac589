% gamma, gammaln and beta; gamma poles at 0 and the negative integers give Inf.
fprintf('%g ', gamma([1 2 3 4 5 6])); fprintf('\n');
fprintf('%.6f\n', gamma(0.5)^2);
fprintf('%.4f\n', gamma(-0.5));
fprintf('%g %g %g\n', gamma(0), gamma(-1), gamma(-2));
fprintf('%g\n', gamma(172));
fprintf('%.4f\n', gamma(10.5));
fprintf('%.6f ', gammaln([1 2 10 100])); fprintf('\n');
fprintf('%g\n', gammaln(0));
fprintf('%.6f\n', beta(2, 3));
fprintf('%.6f ', beta([0.5 1], [0.5 2])); fprintf('\n');
fprintf('%d\n', abs(exp(gammaln(20)) - factorial(19)) / factorial(19) < 1e-12);
disp(class(gamma(single(4))))
try
    gammaln(-1)
catch e
    disp(e.identifier); disp(e.message);
end

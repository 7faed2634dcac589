% Numerical integration and interpolation of a sampled function.
x = linspace(0, 1, 11);
y = exp(x);
fprintf('trapz    %.6f\n', trapz(x, y));
fprintf('exact    %.6f\n', exp(1) - 1);
ci = cumtrapz(x, y);
fprintf('cumtrapz %.6f %.6f\n', ci(6), ci(end));
xq = [0.05 0.55 0.95];
fprintf('linear   %.6f %.6f %.6f\n', interp1(x, y, xq));
fprintf('spline   %.6f %.6f %.6f\n', interp1(x, y, xq, 'spline'));
fprintf('pchip    %.6f %.6f %.6f\n', interp1(x, y, xq, 'pchip'));
fprintf('exp      %.6f %.6f %.6f\n', exp(xq));
p = polyfit(x, y, 3);
fprintf('cubic    %.6f\n', polyval(p, 0.5));
r = roots([1 -3 -4 12]);
fprintf('roots    %.4f %.4f %.4f\n', sort(r));

a = 1e-3;
b = .5;
c = 1E3;
d = 1.5e+2;
e = 3.;
f = 2.5e-1;
fprintf('%g %g %g %g %g %g\n', a, b, c, d, e, f);
fprintf('%d\n', 0012);

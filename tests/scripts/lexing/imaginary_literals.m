z = 3i;
w = 2 + 1.5j;
u = 1e1i;
fprintf('%g %g\n', real(z), imag(z));
fprintf('%g %g\n', real(w), imag(w));
fprintf('%g\n', imag(u));
fprintf('%d %d\n', isreal(z), isreal(5));

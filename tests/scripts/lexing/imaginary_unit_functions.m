z = 1 + 2*i;
w = 3 - j;
fprintf('%g %g\n', real(z), imag(z));
fprintf('%g %g\n', real(w), imag(w));

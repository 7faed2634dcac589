i = 5;
x = 2*i;
fprintf('%d\n', x);
z = 2i;
fprintf('%g %g\n', real(z), imag(z));
j = 3;
w = 1 + 4j;
fprintf('%g %g\n', real(w), imag(w));
fprintf('%d\n', i + j);

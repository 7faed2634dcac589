z = 3 - 4i;
fprintf('%g %g\n', real(z), imag(z));
c = conj(z);
fprintf('%g %g\n', real(c), imag(c));
fprintf('%.4f %.4f\n', angle(1i), angle(-1));
fprintf('%d %d %d\n', isreal(z), isreal(real(z)), isreal(5));
fprintf('%g ', imag([1 2 3])); fprintf('\n');
fprintf('%g\n', real(5));

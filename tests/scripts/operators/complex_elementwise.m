z = [1+1i, 2-2i];
w = z .* [2 3];
fprintf('%g %g ', real(w(1)), imag(w(1)), real(w(2)), imag(w(2))); fprintf('\n');
m = abs(z).^2;
fprintf('%g ', m); fprintf('\n');
fprintf('%d\n', z(1) == 1+1i);

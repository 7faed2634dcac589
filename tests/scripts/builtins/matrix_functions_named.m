fprintf('%g\n', mtimes([1 2], [3; 4]));
A = [4 0; 0 2];
fprintf('%g ', mldivide(A, [8; 2])); fprintf('\n');
fprintf('%g ', mrdivide([8 2], A)); fprintf('\n');
fprintf('%g ', transpose([1 2])); fprintf('\n');
fprintf('%d %d\n', size(transpose([1 2])));
c = ctranspose([1+1i; 2]);
fprintf('%g %g\n', real(c(1)), imag(c(1)));

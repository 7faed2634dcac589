fprintf('%g ', sqrt([16 4 9 2.25])); fprintf('\n');
fprintf('%g %.6f\n', exp(0), exp(1));
fprintf('%g %g\n', log(1), log(exp(2)));
fprintf('%g %g\n', log2(8), log10(1000));
fprintf('%g\n', log(0));
z = log(-1);
fprintf('%g %.4f\n', real(z), imag(z));
r = sqrt(-9);
fprintf('%g %g\n', real(r), imag(r));

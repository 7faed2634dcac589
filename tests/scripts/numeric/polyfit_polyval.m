% polyfit (least squares) and polyval (Horner) on exact and noisy data.
p = polyfit([0 1 2 3], [1 3 2 5], 1);
fprintf('%.4f %.4f\n', p);
disp(size(p))
p = polyfit(1:6, [2.1 3.9 6.2 7.8 10.1 12.2], 1);
fprintf('%.4f %.4f\n', p);
x = 0:5; y = 2*x.^2 - 3*x + 1;
p = polyfit(x, y, 2);
fprintf('%.4f %.4f %.4f\n', p);
fprintf('%g\n', polyval([1 2 3], 2));
disp(mat2str(polyval([1 2 3], [1 2; 3 4])))
disp(mat2str(polyval([2 0 -1], [0 1 2 3])))
disp(mat2str(polyval([], [1 2])))
fprintf('%g\n', polyval(5, 100));
z = polyval([1 0 1], 1i);
fprintf('%g %g\n', real(z), imag(z));
fprintf('%.4f\n', polyval(polyfit(x, y, 2), 2.5));

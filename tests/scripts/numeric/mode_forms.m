% mode: most frequent value, the smallest among ties; F counts and C the tied values.
fprintf('%g\n', mode([1 2 2 3 3]));
fprintf('%g\n', mode([3 3 1 1 2]));
disp(mat2str(mode([1 2; 1 3; 2 3])))
disp(mat2str(mode([1 2; 1 3; 2 3], 2)))
fprintf('%g\n', mode([]));
fprintf('%g\n', mode([NaN NaN 1]));
fprintf('%g\n', mode([5 4 3]));
[m, f] = mode([4 4 2 2 2 7]);
fprintf('%g %g\n', m, f);
[m, f, c] = mode([1 1 2 2 3]);
fprintf('%g %g\n', m, f);
disp(class(c)); disp(mat2str(c{1}))
disp(mat2str(mode([1 2 2; 3 3 1; 1 2 3])))

% nextpow2 and [S, L] = bounds(...) (NaN omitted by default).
disp(mat2str(nextpow2([1 2 3 4 5 1000 1024 1025 0.3 0])))
fprintf('%g\n', nextpow2(-9));
[s, l] = bounds([4 -2 9 NaN 1]);
fprintf('%g %g\n', s, l);
[s, l] = bounds([1 5; 7 2]);
disp(mat2str(s)); disp(mat2str(l));
[s, l] = bounds([1 5; 7 2], 2);
disp(mat2str(s)); disp(mat2str(l));
[s, l] = bounds([1 5; 7 2], 'all');
fprintf('%g %g\n', s, l);

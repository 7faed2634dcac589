% nthroot: real n-th roots (negative x needs odd n), exact for perfect powers.
fprintf('%.15g\n', nthroot(27, 3));
fprintf('%.15g\n', nthroot(-27, 3));
fprintf('%.15g\n', nthroot(64, 6));
disp(mat2str(nthroot([16 81 625], 4)))
disp(mat2str(nthroot(64, [2 3 6])))
fprintf('%g\n', nthroot(0, 5));
fprintf('%g\n', nthroot(-Inf, 3));
fprintf('%.4f\n', nthroot(10, 3));
fprintf('%d\n', isreal(nthroot(-8, 3)));
try
    nthroot(-16, 4)
catch e
    disp(e.identifier); disp(e.message);
end

% factor(n): prime factors in ascending order; n < 4 is returned as is.
disp(mat2str(factor(360)))
disp(mat2str(factor(97)))
disp(mat2str(factor(1)))
disp(mat2str(factor(0)))
disp(mat2str(factor(2)))
disp(mat2str(factor(1001)))
f = factor(2^40 + 1);
fprintf('%d ', f); fprintf('\n');
fprintf('%d\n', prod(factor(123456789)) == 123456789);
disp(class(factor(int32(84))))
disp(mat2str(factor(int32(84))))
try
    factor([4 6])
catch e
    disp(e.identifier); disp(e.message);
end
try
    factor(-6)
catch e
    disp(e.identifier);
end

% factorial: element-wise, exact up to 21!, Inf past 170!, class kept.
disp(mat2str(factorial([0 1 2 3 4 5 6 7 8 9 10])))
fprintf('%d\n', factorial(20));
fprintf('%.6e\n', factorial(170));
fprintf('%g\n', factorial(171));
disp(mat2str(factorial([3 4; 5 6])))
disp(class(factorial(single(5))))
x = factorial(int8(6));
disp(class(x)); disp(x);
try
    factorial(-1)
catch e
    disp(e.identifier); disp(e.message);
end
try
    factorial(2.5)
catch e
    disp(e.message);
end

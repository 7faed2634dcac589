disp(num2str([1 2 3]))
disp(num2str([10 200 3]))
x = num2str([1 2 3]);
fprintf('%d\n', numel(x));

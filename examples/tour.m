% A tour of what runmat runs today. Run it with `make run` or `runmat examples/tour.m`.
disp('--- numbers and matrices')
x = 3 * 4 + 1
A = magic_square_3();
A
b = A \ [1; 2; 3];
fprintf('solution of A*x = [1;2;3]: %s\n', mat2str(b', 4));
fprintf('det(A) = %g, rank(A) = %d, trace(A) = %d\n', det(A), rank(A), trace(A));

disp('--- element-wise and implicit expansion')
v = 1:5;
w = v.^2 + [10; 20]
fprintf('sum = %d, mean = %.2f, max = %d\n', sum(v), mean(v), max(v));

disp('--- indexing, growth, deletion')
y = [];
for k = 1:6
    y(end+1) = k^2;
end
y(2) = [];
disp(y)
fprintf('find(y > 10): %s\n', mat2str(find(y > 10)));

disp('--- control flow and functions')
for n = [5 10 20]
    fprintf('fib(%d) = %d\n', n, fib(n));
end
switch class(y)
    case {'single', 'double'}
        disp('y is floating point');
    otherwise
        disp('something else');
end
try
    z = y(100);
catch err
    fprintf('caught: %s (%s)\n', err.message, err.identifier);
end

disp('--- anonymous functions capture by value')
scale = 10;
f = @(t) scale * t + 1;
scale = 0;
fprintf('f(2) = %d\n', f(2));
[q, r] = divmod(17, 5);
fprintf('17 = 5*%d + %d\n', q, r);

disp('--- formatting')
format long
p = pi
format short
p = pi
s = sprintf('%5.2f|', [1.5 2.25 3])

disp('--- async (RunMat extension): tasks interleave at await points')
slow = spawn(async @() do
    fprintf('  slow task: start\n');
    await(sleep_ms(60));
    fprintf('  slow task: done\n');
    1
end);
quick = spawn(async @() do
    fprintf('  quick task: start\n');
    await(sleep_ms(20));
    fprintf('  quick task: done\n');
    2
end);
results = await(join(slow, quick));
fprintf('joined %d results (class %s)\n', numel(results), class(results));

function r = fib(n)
    if n < 2
        r = n;
    else
        r = fib(n - 1) + fib(n - 2);
    end
end

function [q, r] = divmod(a, b)
    q = floor(a / b);
    r = mod(a, b);
end

function M = magic_square_3()
    M = [8 1 6; 3 5 7; 4 9 2];
end

greet('World');
greet('MATLAB')
show_sum(2, 3)

function greet(name)
    fprintf('Hello, %s!\n', name);
end

function show_sum(a, b)
    fprintf('%d\n', a + b);
end

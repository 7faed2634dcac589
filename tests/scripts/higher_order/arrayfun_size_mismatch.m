% Inputs of different sizes are an error.
x = arrayfun(@(a, b) a + b, [1 2 3], [1 2]);

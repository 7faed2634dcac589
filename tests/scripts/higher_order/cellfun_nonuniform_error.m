% A non-scalar result with uniform output is an error naming the element.
r = cellfun(@(x) x, {1, [1 2], 3});

% All cell inputs must have the same size.
r = cellfun(@(a, b) a + b, {1, 2}, {1});

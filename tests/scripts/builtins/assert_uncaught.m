x = 3;
assert(x < 2, 'x must be less than 2, got %d', x);

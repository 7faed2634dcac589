A = ones(2, 3);
b = A(3, 1);

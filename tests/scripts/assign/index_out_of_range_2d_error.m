A = ones(3);
b = A(2, 4);

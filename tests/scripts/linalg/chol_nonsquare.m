% chol needs a square matrix
R = chol([1 2 3; 4 5 6]);

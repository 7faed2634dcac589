% chol of a matrix that is not positive definite is an error with one output
R = chol([1 2; 2 1]);

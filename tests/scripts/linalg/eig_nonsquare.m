% eig needs a square matrix
e = eig([1 2 3; 4 5 6]);

% eig rejects NaN and Inf
e = eig([1 NaN; 2 3]);

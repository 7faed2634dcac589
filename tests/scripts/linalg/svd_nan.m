% svd rejects NaN and Inf
s = svd([1 Inf; 2 3]);

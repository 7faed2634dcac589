% svd rejects integer classes
s = svd(int32([1 2; 3 4]));

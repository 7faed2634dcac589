% eig rejects integer classes
e = eig(int8([1 2; 3 4]));

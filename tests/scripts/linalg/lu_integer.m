% lu rejects integer classes
[L, U] = lu(uint8([1 2; 3 4]));

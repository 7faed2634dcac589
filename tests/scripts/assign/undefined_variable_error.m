a = 1;
b = q + a;

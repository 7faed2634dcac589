s.a = 1;
y = s.b;

x = addone(1, 2);

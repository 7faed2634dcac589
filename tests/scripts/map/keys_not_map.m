k = keys(5);

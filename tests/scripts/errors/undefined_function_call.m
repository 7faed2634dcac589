r = foo_not_defined(3);

make_adder = @(n) @(x) x + n;
add5 = make_adder(5);
add10 = make_adder(10);
fprintf('%d %d\n', add5(1), add10(1));

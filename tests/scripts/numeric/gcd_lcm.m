% gcd/lcm element-wise with scalar expansion; [g, u, v] = gcd(a, b) Bezout coefficients.
fprintf('%d\n', gcd(12, 18));
disp(mat2str(gcd([12 15 0 7], [18 25 0 -21])))
disp(mat2str(gcd([8 12 20], 4)))
fprintf('%d\n', gcd(-12, 18));
[g, u, v] = gcd(12, 18);
fprintf('%d %d %d %d\n', g, u, v, 12*u + 18*v);
[g, u, v] = gcd([240 46], [46 240]);
disp(mat2str([g; u; v]))
fprintf('%d\n', lcm(4, 6));
disp(mat2str(lcm([4 5 6], [6 7 8])))
disp(mat2str(lcm(3, [1 2 3 4])))
x = gcd(int16(84), int16(36));
disp(class(x)); disp(x);
y = lcm(uint8(12), 18);
disp(class(y)); disp(y);
try
    gcd(2.5, 5)
catch e
    disp(e.identifier); disp(e.message);
end
try
    lcm(0, 5)
catch e
    disp(e.identifier);
end

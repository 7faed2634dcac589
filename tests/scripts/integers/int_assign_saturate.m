x = uint8([1 2 3]);
x(2) = 300
x(1) = -7;
x(3) = 2.5;
fprintf('%d ', x); fprintf('\n');
y = int8([0 0 0]);
y(1) = int16(1000);
y(2) = true;
y(3) = 'A';
fprintf('%d ', y); fprintf('%s\n', class(y));
z = int32([1 2 3]);
z([1 3]) = [1.5 -2.5];
fprintf('%d ', z); fprintf('\n');

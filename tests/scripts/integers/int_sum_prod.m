a = sum(int8([1 2 3]))
b = sum(int8([100 100]))
fprintf('%s %d\n', class(sum(uint8([200 200]), 'double')), sum(uint8([200 200]), 'double'));
fprintf('%s %d\n', class(sum(int16([1 2]), 'native')), sum(int16([1 2]), 'native'));
p = prod(int8([10 20]))
fprintf('%s %d\n', class(prod(uint16([3 4]))), prod(uint16([3 4])));
m = mean(int8([1 2 4]))
fprintf('%s %d %d\n', class(cumsum(uint8([1 2]))), cumsum(uint8([1 2])));
fprintf('%d %d %d\n', cumsum(int8([100 20 10])));
fprintf('%d %d\n', sum(int32([1 2; 3 4])));
fprintf('%d %d\n', sum(int32([1 2; 3 4]), 2));
fprintf('%s %g\n', class(sum(single([1.5 2.5]))), sum(single([1.5 2.5])));
fprintf('%s %g\n', class(mean(single([1 2]))), mean(single([1 2])));

e = int8([])
f = zeros(0, 3, 'uint8')
g = int32(zeros(1, 0))
h = single([])
disp(int8([]))
fprintf('%d\n', isempty(e));

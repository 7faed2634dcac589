a = zeros(2, 'int8')
b = ones(1, 3, 'uint16')
c = eye(2, 'int32')
d = zeros(1, 2, 'like', single(1))
fprintf('%s\n', class(ones(2, 'like', int64(1))));
r = rand(2, 3, 'single');
fprintf('%s %d %d\n', class(r), all(r(:) > 0), all(r(:) < 1));
ri = randi(10, 1, 50, 'uint8');
fprintf('%s %d\n', class(ri), all(ri >= 1 & ri <= 10));
t = repmat(int16([1 -2]), 2, 2)
q = reshape(uint32(1:4), 2, 2);
fprintf('%s %d %d\n', class(q), size(q));

A = zeros(3, 7);
fprintf('%d %d %d\n', numel(A), length(A), ndims(A));
fprintf('%d %d\n', length([]), numel([]));
fprintf('%d\n', length(zeros(3, 0)));
fprintf('%d\n', ndims(zeros(2, 3, 4)));
fprintf('%d %d\n', numel('hello'), length('hello'));
fprintf('%d\n', ndims(5));

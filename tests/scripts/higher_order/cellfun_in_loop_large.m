% Many callbacks: the native frame is resumed once per element without growing the stack.
c = num2cell(1:20000);
s = cellfun(@(x) x * 2, c);
fprintf('%d %d\n', numel(s), sum(s));
t = arrayfun(@(x) mod(x, 7) == 0, 1:20000);
fprintf('%d\n', nnz(t));
u = cellfun('isempty', c);
fprintf('%d\n', nnz(u));

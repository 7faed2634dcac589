% Non-scalar results need 'UniformOutput', false.
fprintf('ok %d\n', numel(arrayfun(@(x) x, 1:3)));
y = arrayfun(@(x) 1:x, 1:3);

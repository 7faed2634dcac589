% Asking a callback for more outputs than it has is an error.
fprintf('start\n');
[a, b] = cellfun(@(x) x, {1, 2});

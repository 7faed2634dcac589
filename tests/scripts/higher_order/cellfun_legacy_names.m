% cellfun's backward-compatible function names.
c = {[], 'abc', ones(2, 3, 4), true, 1 + 2i, {1}};
fprintf('isempty: %d %d %d %d %d %d\n', cellfun('isempty', c));
fprintf('length: %d %d %d %d %d %d\n', cellfun('length', c));
fprintf('prodofsize: %d %d %d %d %d %d\n', cellfun('prodofsize', c));
fprintf('ndims: %d %d %d %d %d %d\n', cellfun('ndims', c));
fprintf('isreal: %d %d %d %d %d %d\n', cellfun('isreal', c));
fprintf('islogical: %d %d %d %d %d %d\n', cellfun('islogical', c));
fprintf('isnumeric: %d %d %d %d %d %d\n', cellfun('isnumeric', c));
fprintf('size 2: %d %d %d %d %d %d\n', cellfun('size', c, 2));
fprintf('size 3: %d %d %d %d %d %d\n', cellfun('size', c, 3));
fprintf('isclass: %d %d %d %d %d %d\n', cellfun('isclass', c, 'double'));
fprintf('%s %s\n', class(cellfun('isempty', c)), class(cellfun('length', c)));
s = cellfun('isempty', cell(2, 0));
fprintf('%s %dx%d\n', class(s), size(s, 1), size(s, 2));

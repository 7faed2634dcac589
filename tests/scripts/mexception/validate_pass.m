% validateattributes returns nothing when every check passes.
validateattributes(5, {'numeric'}, {'positive', 'scalar', 'integer'});
validateattributes([1 2 3], {'double', 'single'}, {'row', 'increasing', 'numel', 3});
validateattributes(zeros(2, 3), {'numeric'}, {'size', [2 3], '2d', 'nonnegative', 'finite'});
validateattributes(ones(4, 3), {'numeric'}, {'size', [NaN 3], 'nrows', 4, 'ncols', 3});
validateattributes(int8([2 4 6]), {'integer'}, {'even', 'vector', '>', 1, '<=', 6});
validateattributes([1 3 5]', {'numeric'}, {'column', 'odd', 'nondecreasing', '>=', 1, '<', 6});
validateattributes(logical([1 0 1]), {'logical'}, {'binary', 'nonempty'});
validateattributes('text', {'char'}, {'row'});
validateattributes({1, 2}, {'cell'}, {'numel', 2});
validateattributes(3.5, {}, {'real', 'nonnan'});
disp('all passed');

% Failed checks of attributes that take a value.
checks = {
    {'size', [2 3]}
    {'size', [NaN 4]}
    {'numel', 4}
    {'ncols', 2}
    {'nrows', 3}
    {'>', 2}
    {'>=', 2.5}
    {'<', 3}
    {'<=', 1}
};
A = [1 2 3];
for k = 1:numel(checks)
    try
        validateattributes(A, {'numeric'}, checks{k});
        disp('passed?');
    catch err
        fprintf('%s: %s\n', err.identifier, err.message);
    end
end

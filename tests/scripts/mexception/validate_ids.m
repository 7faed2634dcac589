% Identifiers and messages of failed attribute checks.
tests = {
    {1.5, {'integer'}}
    {[1 2; 3 4], {'vector'}}
    {[1; 2], {'row'}}
    {[1 2], {'column'}}
    {[1 2], {'scalar'}}
    {[], {'nonempty'}}
    {[1 Inf], {'finite'}}
    {[1 NaN], {'nonnan'}}
    {1 + 2i, {'real'}}
    {-1, {'nonnegative'}}
    {[0 2], {'binary'}}
    {3, {'even'}}
    {4, {'odd'}}
    {[1 3 2], {'increasing'}}
    {[3 2 2], {'nondecreasing'}}
    {ones(2, 2, 2), {'2d'}}
};
for k = 1:numel(tests)
    t = tests{k};
    try
        validateattributes(t{1}, {'numeric'}, t{2});
        disp('passed?');
    catch err
        fprintf('%s: %s\n', err.identifier, err.message);
    end
end

% class/isa of function handles.
f = @sin;
g = @(x) x;
fprintf('%s %s\n', class(f), class(g));
fprintf('%d %d %d %d\n', isa(f, 'function_handle'), isa(g, 'function_handle'), isa(1, 'function_handle'), isa('sin', 'function_handle'));
fprintf('%d %d\n', isa(f, 'numeric'), isa(f, 'float'));
c = {f, 1};
fprintf('%d\n', isa(c{1}, 'function_handle'));
fprintf('%d %d\n', isscalar(f), numel(g));

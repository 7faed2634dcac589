m = containers.Map();
fprintf('%s\n', class(m));
fprintf('%d %d %d %d\n', isobject(m), isa(m, 'containers.Map'), isa(m, 'handle'), isa(m, 'double'));
fprintf('%d %d %d\n', isobject(5), isobject('a'), isobject({}));
fprintf('%d %d\n', isstruct(m), iscell(m));

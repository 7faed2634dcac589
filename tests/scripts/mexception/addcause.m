% addCause appends to the cause list; causes survive throw and catch.
base = MException('top:load', 'Could not load the data');
c1 = MException('io:missing', 'File %s not found', 'a.csv');
c2 = MException('io:perm', 'Permission denied');
base = addCause(base, c1);
base = addCause(base, c2);
fprintf('%d %d\n', size(base.cause, 1), size(base.cause, 2));
fprintf('%s\n', base.cause{1}.message, base.cause{2}.identifier);
try
    throw(base);
catch err
    fprintf('%d %s\n', numel(err.cause), class(err.cause{1}));
    fprintf('%s\n', err.cause{2}.message);
end

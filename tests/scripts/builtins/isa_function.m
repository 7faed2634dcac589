fprintf('%d %d %d\n', isa(1, 'double'), isa(1, 'numeric'), isa(1, 'float'));
fprintf('%d %d\n', isa(true, 'numeric'), isa(true, 'logical'));
fprintf('%d %d\n', isa('a', 'char'), isa('a', 'numeric'));
fprintf('%d\n', isa(@sin, 'function_handle'));
fprintf('%d\n', isa(1, 'logical'));

% error(errorStruct) raises the struct's message and identifier; an empty message raises
% nothing.
try
    error(struct('message', 'from a struct', 'identifier', 'st:err'));
catch err
    fprintf('%s | %s\n', err.identifier, err.message);
end
error(struct('message', '', 'identifier', 'st:none'));
disp('no error for an empty message');
error(struct('message', {}, 'identifier', {}));
disp('no error for an empty struct');

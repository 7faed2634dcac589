% class/isa of an MException; it is not a struct or a numeric value.
ME = MException('x:y', 'msg');
disp(class(ME));
fprintf('%d %d %d %d\n', isa(ME, 'MException'), isa(ME, 'struct'), isstruct(ME), isnumeric(ME));
try
    error('p:q', 'caught');
catch err
    fprintf('%d\n', isa(err, 'MException'));
end

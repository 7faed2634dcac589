% funcName, varName and argIndex shape the message and the identifier.
forms = {
    {}
    {2}
    {'myfun'}
    {'myfun', 'Alpha'}
    {'myfun', 'Alpha', 3}
};
for k = 1:numel(forms)
    try
        validateattributes(0, {'numeric'}, {'positive'}, forms{k}{:});
    catch err
        fprintf('%s | %s\n', err.identifier, err.message);
    end
end

% lasterr returns the last error's message (and identifier), caught or not.
try
    error('last:one', 'first failure');
catch
end
disp(lasterr);
try
    x = [1 2 3];
    y = x(10);
catch
end
[msg, id] = lasterr;
disp(msg);
disp(id);

% lasterr(msg, id) sets the last error and returns the previous message.
try
    error('old:id', 'old message');
catch
end
prev = lasterr('replaced', 'new:id');
disp(prev);
[m, i] = lasterr;
fprintf('%s | %s\n', m, i);
lasterr('');
fprintf('[%s]\n', lasterr);

try
    forever(1);
catch err
    msg = err.message;
    fprintf('%d\n', isequal(msg(1:39), 'Maximum recursion limit of 500 reached.'));
    disp(err.identifier)
end
disp('still running')

function forever(n)
    forever(n + 1);
end

% An uncaught throw(ME) from a function ends the script with ME's message.
fprintf('start\n');
fail_now(3);

function fail_now(n)
    throw(MException('top:fail', 'Failed after %d attempts', n));
end

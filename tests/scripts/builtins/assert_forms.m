assert(true);
assert(1 == 1, 'not shown');
try
    assert(false);
catch e
    disp(e.message)
end
try
    assert(1 > 2, 'Custom %d', 5);
catch e
    disp(e.message)
end
try
    assert(false, 'my:assert', 'x = %d', 3);
catch e
    fprintf('%s | %s\n', e.identifier, e.message);
end
disp('done')

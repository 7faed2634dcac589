% Bad arguments to sscanf are errors (caught here).
try
    sscanf(5, '%d');
catch e
    disp('numeric input: error');
end
try
    sscanf('1 2', 7);
catch e
    disp('numeric format: error');
end
try
    sscanf('1 2', '%d', [-1 2]);
catch e
    disp('bad size: error');
end
disp(sscanf('5', '%d'));

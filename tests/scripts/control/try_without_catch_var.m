try
    error('silent');
catch
    disp('caught')
end
try
    x = 1;
catch
    disp('not run')
end
fprintf('%d\n', x);

% ME.stack(1).name and ME.stack(k).line through chained indexing.
try
    level1();
catch ME
    disp(ME.stack(1).name);
    disp(ME.stack(2).name);
    fprintf('%d\n', ME.stack(1).line);
    disp(class(ME.stack(1).line));
end

function level1()
    level2();
end

function level2()
    x = [1 2 3];
    y = x(4);
end

global G
G = 10;
bump();
bump();
fprintf('%d\n', G);
fprintf('%d\n', read_global());

function bump()
    global G
    G = G + 1;
end

function v = read_global()
    global G
    v = G * 2;
end

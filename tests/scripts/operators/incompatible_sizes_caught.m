try
    x = [1 2 3] .* [1 2];
catch e
    disp(e.message)
    disp(e.identifier)
end
try
    y = ones(2, 3) - ones(3, 2);
catch e
    disp(e.message)
end

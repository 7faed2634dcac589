if "abc"
    disp(1)
end

for k = 1:2
    k
end

x = []
e = zeros(0, 3)
f = zeros(1, 0)

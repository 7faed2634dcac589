a = [1 NaN 3]
b = [0.5 NaN]
c = [1 Inf]

a = NaN
b = Inf
c = -Inf

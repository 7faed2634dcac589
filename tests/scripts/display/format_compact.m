format compact
x = 5
y = [1 2]
p = pi

format long
p = pi
x = 1/3
n = 5
format short
p = pi

format long
s = single(pi)
t = single([pi exp(1)])
d = pi
format short
s

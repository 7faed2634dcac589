format compact
x = 1
format loose
y = 2

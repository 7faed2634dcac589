format long
v = [pi; exp(1)]

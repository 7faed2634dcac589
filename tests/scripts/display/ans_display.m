3 + 4
ans * 2
[1 2] * 2
sqrt(16)

x = max([3 9 2])
[m, i] = max([3 9 2])

t = true
f = 3 > 5

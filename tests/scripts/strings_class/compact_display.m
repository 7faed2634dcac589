format compact
s = "abc"
t = ["a" "b"]

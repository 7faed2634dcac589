% Display of handles inside structs and cells.
s.f = @(x) x + 1;
s.n = 3;
s
c = {1, @sin, @(a, b) a * b}

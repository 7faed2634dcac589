s.a = 1;
s.bb = 'x';
s
t.name = 'Bob';
t.scores = [90 85 77];
t.info.age = 30;
t.tags = {'a', 'b'};
t.none = [];
t.pi = 3.5;
t
u = struct('x', {1, 2})

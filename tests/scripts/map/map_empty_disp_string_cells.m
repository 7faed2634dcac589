% disp of a Map with no keys shows its properties; a cell of string scalars is a key set.
m = containers.Map();
disp(m)
n = containers.Map({"a", 'b'}, {1, 2});
disp(n.keys())
disp(isKey(n, {"a", "c"}))
disp(isempty(m))

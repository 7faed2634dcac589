m = containers.Map({'a', 'b'}, [1 2])
n = containers.Map([10 20], {'x', [1 2]});
n

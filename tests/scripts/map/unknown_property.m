m = containers.Map();
x = m.Size;

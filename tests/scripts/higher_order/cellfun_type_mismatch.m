% Uniform outputs must all have the class of the first one.
try
  r = cellfun(@(x) x, {1, true});
catch e
  fprintf('%s\n', e.identifier);
  fprintf('%d\n', strncmp(e.message, 'Mismatch in type of outputs, at index 2, output 1', 49));
end
try
  r = cellfun(@(x) x, {'a', 1});
catch e
  fprintf('%s\n', e.identifier);
end
% Same class throughout: logical, char, int8 and single stay what they are.
a = cellfun(@(x) x > 1, {1, 2, 3});
b = cellfun(@(x) x(1), {'hello', 'world'});
c = cellfun(@(x) int8(x), {1, 200});
d = cellfun(@(x) single(x) / 2, {1, 3});
fprintf('%s %d%d%d | %s %s | %s %d %d | %s %g %g\n', class(a), a, class(b), b, class(c), c, class(d), d);
z = cellfun(@(x) x * 1i, {1, 2});
fprintf('%d %g %g\n', isreal(z), imag(z));

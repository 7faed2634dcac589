% str2func needs text; bad anonymous function text is an error.
try
  str2func(42);
catch e
  fprintf('%d\n', ~isempty(e.message));
end
try
  f = str2func('@(x) x +');
catch e
  fprintf('%d\n', ~isempty(e.message));
end
fprintf('%d\n', exist('f', 'var'));

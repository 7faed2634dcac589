% structfun needs a scalar struct; non-scalar results need 'UniformOutput', false.
try
  structfun(@(v) v, 5);
catch e
  fprintf('%d\n', isempty(e.message));
end
try
  structfun(@(v) v, struct('a', {1, 2}));
catch e
  fprintf('%d\n', isempty(e.message));
end
x = structfun(@(v) v, struct('a', 1, 'b', [1 2]));

% The first input must be a function handle or a function name.
try
  cellfun(5, {1});
catch e
  fprintf('cellfun %d\n', ~isempty(e.message));
end
try
  arrayfun({1}, [1 2]);
catch e
  fprintf('arrayfun %d\n', ~isempty(e.message));
end
try
  cellfun(@(x) x, {1}, 'ErrorHandler', 3);
catch e
  fprintf('handler %d\n', ~isempty(e.message));
end

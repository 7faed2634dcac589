% func2str requires a function handle.
try
  func2str('sin');
catch e
  fprintf('caught %d\n', ~isempty(e.message));
end

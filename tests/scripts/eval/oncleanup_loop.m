for k = 1:3
  step(k);
end

function step(k)
  c = onCleanup(@() fprintf('leave %d\n', k));
  fprintf('enter %d\n', k);
end

try
  fail_with_cleanup();
catch e
  disp(e.message);
end
disp('done');

function fail_with_cleanup()
  c = onCleanup(@() disp('cleanup ran'));
  error('x:y', 'failure %d', 1);
end

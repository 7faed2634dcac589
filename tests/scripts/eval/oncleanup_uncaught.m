f();

function f()
  c = onCleanup(@() disp('cleanup before exit'));
  error('my:err', 'unhandled here');
end

work();
disp('after');

function work()
  c = onCleanup(@() disp('cleanup'));
  disp('body');
end

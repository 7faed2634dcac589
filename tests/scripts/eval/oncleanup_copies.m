outer();
disp('end');

function outer()
  c = onCleanup(@() disp('once'));
  d = c;
  clear c
  disp('still held');
end

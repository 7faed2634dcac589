f();
disp('continued');

function f()
  c = onCleanup(@() error('bad:task', 'bad task'));
  disp('x');
end

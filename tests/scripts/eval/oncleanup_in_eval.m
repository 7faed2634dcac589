g();
disp('after g');

function g()
  eval('c = onCleanup(@() disp(''eval cleanup''));');
  disp('in g');
end

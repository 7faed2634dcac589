eval('dv = 1;');
fprintf('%d %d\n', exist('dv', 'var'), exist('dv'));
clear dv
fprintf('%d\n', exist('dv', 'var'));
check();

function check()
  eval('t = 3;');
  fprintf('%d\n', exist('t', 'var'));
  clear t
  fprintf('%d\n', exist('t', 'var'));
end

try
  eval('x = (1');
  disp('not reached');
catch e
  disp('caught');
  disp(isempty(e.message));
end
fprintf('%d\n', exist('x', 'var'));

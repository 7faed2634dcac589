try
  eval('p = 1; error(''stop'');');
catch
end
fprintf('%d\n', p);

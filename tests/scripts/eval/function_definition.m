try
  eval('function f(), end');
catch e
  disp('caught');
end

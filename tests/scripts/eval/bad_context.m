try
  evalin('nowhere', '1');
catch e
  disp('caught');
end
try
  assignin('elsewhere', 'x', 1);
catch e
  disp('caught again');
end

try
  eval('error(''my:id'', ''bad %d'', 3)');
catch e
  disp(e.identifier);
  disp(e.message);
end

set_q();
fprintf('%d\n', q);

function set_q()
  evalin('base', 'q = 7;');
end

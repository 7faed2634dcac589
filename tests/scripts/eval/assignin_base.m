setw();
fprintf('%d\n', w);
disp(w + 1);

function setw()
  assignin('base', 'w', 42);
end

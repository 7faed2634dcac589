fprintf('%g ', 1:5); fprintf('\n');
fprintf('%g ', 5:-1:1); fprintf('\n');
fprintf('%g ', 10:-3:1); fprintf('\n');
fprintf('%g ', 0:0.25:1); fprintf('\n');
fprintf('%g ', 1:3:10); fprintf('\n');
fprintf('%g ', 1.5:3); fprintf('\n');
fprintf('%g ', -2:0); fprintf('\n');

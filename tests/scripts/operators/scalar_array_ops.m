x = [1 2 4];
fprintf('%g ', x + 1); fprintf('\n');
fprintf('%g ', 10 - x); fprintf('\n');
fprintf('%g ', 2 * x); fprintf('\n');
fprintf('%g ', x / 2); fprintf('\n');
fprintf('%g ', 1 ./ x); fprintf('\n');
fprintf('%g ', 2 \ x); fprintf('\n');

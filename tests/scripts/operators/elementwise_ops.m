a = [1 2 3];
b = [4 5 6];
fprintf('%g ', a .* b); fprintf('\n');
fprintf('%g ', a ./ b); fprintf('\n');
fprintf('%g ', a .\ b); fprintf('\n');
fprintf('%g ', a .^ 2); fprintf('\n');
fprintf('%g ', 2 .^ a); fprintf('\n');
fprintf('%g ', a .^ a); fprintf('\n');

A = [1 2; 3 4];
v = [5; 6];
fprintf('%g ', A * v); fprintf('\n');
fprintf('%g ', A * A); fprintf('\n');
fprintf('%g ', [1 2 3] * [4; 5; 6]); fprintf('\n');
P = [1; 2] * [3 4];
fprintf('%d %d\n', size(P));
fprintf('%g ', P); fprintf('\n');

A = [1 - 2, 3 -4; +5 (6) f(7) {8}];
B = {1, 'a'; @sin, @(x) x -1};
C = [A(1, :) ; A(:, 2)'];
x(:) = [];
c{end+1} = s.(name);
plot(x, y, LineWidth=2)

v = zeros(0, 1);
v(end+1) = 5;
v(end+1) = 6;
fprintf('%d %d\n', size(v));

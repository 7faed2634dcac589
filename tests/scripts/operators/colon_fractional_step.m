x = 0:0.1:0.3;
fprintf('%d\n', numel(x));
fprintf('%g ', x); fprintf('\n');
fprintf('%d\n', x(end) == 0.3);
y = 1:0.5:2.9;
fprintf('%g ', y); fprintf('\n');

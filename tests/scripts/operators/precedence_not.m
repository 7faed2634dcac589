fprintf('%d\n', ~1 == 0);
fprintf('%d ', ~[1 0 2]);
fprintf('\n');
fprintf('%d\n', ~(1 > 2));
fprintf('%d\n', ~~5);
x = -[1 2] .^ 2;
fprintf('%g ', x);
fprintf('\n');

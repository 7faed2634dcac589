x = 1;;
;
y = 2;
fprintf('%d\n', x + y);

disp('start');
eval('error(''my:id'', ''kaboom %d'', 7)');
disp('not reached');

fprintf('%d ', isvarname('abc'), isvarname('a1_b'), isvarname('1abc'), isvarname('for'), isvarname('_x'), isvarname('a b'), isvarname('end'), isvarname('X'));
fprintf('\n');

v = eval('3 * 4');
fprintf('%d\n', v);
fprintf('%d\n', eval('v + 1'));

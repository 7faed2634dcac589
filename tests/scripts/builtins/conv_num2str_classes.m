% Logical and integer classes print as integers; int64 extremes exactly; complex parts.
fprintf('[%s]\n', num2str(true));
fprintf('[%s]\n', num2str([true false true]));
fprintf('[%s]\n', num2str(int8(-5)));
fprintf('[%s]\n', num2str(uint64(18446744073709551615)));
fprintf('[%s]\n', num2str(intmin('int64')));
fprintf('[%s]\n', num2str(123456789));
fprintf('[%s]\n', num2str(-0));
fprintf('[%s]\n', num2str(1+2i));
fprintf('[%s]\n', num2str(0.1 + 0.2));
fprintf('[%s]\n', num2str(1e10));
fprintf('[%s]\n', num2str('text'));
fprintf('%d\n', isempty(num2str([])));

% MException(id, fmt, args...) formats like sprintf; its stack is empty until thrown.
ME = MException('calc:range', 'Value %d exceeds %s (%.2f)', 12, 'limit', 9.5);
disp(ME.identifier);
disp(ME.message);
s = ME.stack;
fprintf('%s %dx%d\n', class(s), size(s, 1), size(s, 2));
disp(class(ME));
ME2 = MException('a:b', 'tab[\t] pct[%%]');
disp(ME2.message);

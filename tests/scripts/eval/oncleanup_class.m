c = onCleanup(@() 1);
disp(class(c));
fprintf('%d\n', isobject(c));
t = c.task;
disp(class(t));

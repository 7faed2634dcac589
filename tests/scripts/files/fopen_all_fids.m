% Identifiers start at 3, fopen('all') lists the open ones, closed identifiers are reused.
fclose('all');
f1 = [tempname '.txt'];
f2 = [tempname '.txt'];
a = fopen(f1, 'w');
b = fopen(f2, 'w');
fprintf('%d %d\n', a, b);
disp(fopen('all'));
fclose(a);
c = fopen(f1, 'r');
fprintf('%d\n', c);
st = fclose('all');
fprintf('%d %d\n', st, isempty(fopen('all')));
delete(f1, f2);

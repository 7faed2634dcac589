m = containers.Map({'c', 'a', 'b'}, {3, 1, 2});
v = values(m);
fprintf('%d ', v{:}); fprintf('\n');
w = values(m, {'b', 'c', 'b'});
fprintf('%d ', w{:}); fprintf('\n');
disp(size(w));
z = values(m, {'a'; 'c'});
disp(size(z));

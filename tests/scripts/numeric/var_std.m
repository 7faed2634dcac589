% var and std: N-1 normalisation by default, weights 0/1/vector, dim, 'all', omitnan.
fprintf('%.4f\n', var([1 2 3 4]));
fprintf('%.4f\n', var([1 2 3 4], 1));
fprintf('%.4f ', var([1 2; 3 5; 4 4])); fprintf('\n');
fprintf('%.4f ', var([1 2; 3 5; 4 4], 0, 2)); fprintf('\n');
fprintf('%.4f\n', var([1 2; 3 5], [], 'all'));
fprintf('%.4f\n', var([1 2 3], [0.2 0.3 0.5]));
fprintf('%g\n', var(7));
fprintf('%g\n', var([]));
disp(size(var(zeros(0, 3))))
fprintf('%.4f\n', std([2 4 4 4 5 5 7 9]));
fprintf('%.4f\n', std([2 4 4 4 5 5 7 9], 1));
s = std([1 2; 3 5; 4 4]);
disp(size(s)); fprintf('%.4f ', s); fprintf('\n');
fprintf('%.4f\n', std([1 NaN 3], 'omitnan'));
fprintf('%g\n', std([1 NaN 3]));
[s, m] = std([1 2 3 4 10]);
fprintf('%.4f %.4f\n', s, m);
v = var(magic(4), 0, 'all');
fprintf('%.4f\n', v);
disp(class(std(single([1 2 3]))))

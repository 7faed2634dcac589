% cond (2-norm and p-norms) and rcond
fprintf('%.10f\n', cond([1 2; 3 4]));
fprintf('%.10f\n', cond([1 2; 3 4], 1));
fprintf('%.10f\n', cond([1 2; 3 4], inf));
fprintf('%.10f\n', cond([1 2; 3 4], 'fro'));
fprintf('%.10f\n', cond([1 2; 3 4; 5 6]));
disp(cond([1 1; 1 1]))
disp(cond(eye(3)))
fprintf('%.10f\n', rcond([1 2; 3 4]));
disp(rcond(eye(2)))
disp(rcond([1 1; 1 1]))
disp(rcond([]))

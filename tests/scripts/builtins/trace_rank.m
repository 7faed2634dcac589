fprintf('%g\n', trace([1 2; 3 4]));
fprintf('%d\n', rank([1 2; 2 4]));
fprintf('%d\n', rank(eye(3)));
fprintf('%d\n', rank(zeros(2)));
fprintf('%d\n', rank([1 2 3; 4 5 6; 7 8 10]));

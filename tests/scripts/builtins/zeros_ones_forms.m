fprintf('%d %d\n', size(zeros(2)));
fprintf('%d %d\n', size(zeros(2, 3)));
fprintf('%d %d\n', size(zeros([4 1])));
fprintf('%d %d\n', size(zeros(0, 3)));
fprintf('%d %d %d\n', size(zeros(2, 3, 4)));
fprintf('%d %d\n', size(zeros));
fprintf('%d %d\n', size(ones(1, 0)));
fprintf('%d %d\n', sum(ones(2, 3), 'all'), sum(sum(zeros(3))));
disp(class(zeros(2)))
fprintf('%d %d\n', size(zeros(-1, 3)));

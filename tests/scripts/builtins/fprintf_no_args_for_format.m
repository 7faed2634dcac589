fprintf('value: %d\n');
fprintf('%s\n', '');
fprintf('x%dy\n', []);

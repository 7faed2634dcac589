fprintf('hello\n');
fprintf('%d + %d = %d\n', 1, 2, 3);
fprintf(1, 'to stdout %d\n', 5);
fprintf(2, 'to stderr %d\n', 6);
fprintf('%s|%s\n', 'ab', 'cd');
fprintf('no newline');
fprintf('\n');
fprintf('%d %s\n', 7, 'seven');

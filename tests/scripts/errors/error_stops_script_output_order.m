fprintf('line 1\n');
fprintf('line 2\n');
error('stop:here', 'Stopped after two lines');
fprintf('line 3\n');

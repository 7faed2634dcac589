fprintf('[%s]\n', sprintf('%s', 65));
fprintf('[%s]\n', sprintf('%d', 'ab'));
fprintf('[%s]\n', sprintf('%s', [72 105]));
fprintf('[%s]\n', sprintf('%d %d', 'a', 2));

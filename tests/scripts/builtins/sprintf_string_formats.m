fprintf('[%s]\n', sprintf('%s', 'abc'));
fprintf('[%s]\n', sprintf('%6s', 'abc'));
fprintf('[%s]\n', sprintf('%-6s', 'abc'));
fprintf('[%s]\n', sprintf('%c%c', 'x', 'y'));
fprintf('[%s]\n', sprintf('%c', 'hello'));
fprintf('[%s]\n', sprintf('100%%'));
fprintf('[%s]\n', sprintf('%s and %s', 'this', 'that'));
fprintf('[%s]\n', sprintf('%.2s', 'abcdef'));

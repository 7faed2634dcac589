% fullfile joins with '/', skips empty parts and collapses doubled separators.
disp(fullfile('a', 'b', 'c.m'));
disp(fullfile('a/', '/b/', 'c'));
disp(fullfile('', 'x', '', 'y.txt'));
disp(fullfile('/root', 'sub/'));
disp(fullfile('only'));
c = fullfile('dir', {'a.m', 'b.m'});
fprintf('%s %d %d %s %s\n', class(c), size(c), c{:});
fprintf('[%s]\n', filesep);

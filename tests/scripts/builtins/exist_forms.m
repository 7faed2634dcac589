x = 5;
fprintf('%d\n', exist('x'));
fprintf('%d\n', exist('x', 'var'));
fprintf('%d\n', exist('no_such_name_here_xyz'));
fprintf('%d\n', exist('y', 'var'));
fprintf('%d\n', exist('sin'));

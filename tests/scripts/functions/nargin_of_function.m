fprintf('%d\n', nargin('addone'));
fprintf('%d\n', nargin(@(a, b) a + b));
fprintf('%d\n', nargin('count_args'));
fprintf('%d\n', nargout('scale_shift'));
fprintf('%d\n', count_args(1, 2, 3));

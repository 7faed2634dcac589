fprintf('%d %d %d %d\n', isempty([]), isempty(zeros(0, 3)), isempty(0), isempty(''));
fprintf('%d %d %d\n', isscalar(5), isscalar([1 2]), isscalar([]));
fprintf('%d %d %d %d\n', isvector([1 2 3]), isvector([1; 2]), isvector(5), isvector(ones(2)));
fprintf('%d %d %d\n', isrow([1 2 3]), isrow([1; 2]), isrow(5));
fprintf('%d %d %d\n', iscolumn([1; 2]), iscolumn([1 2]), iscolumn(5));
fprintf('%d %d\n', isvector(zeros(1, 0)), isrow(zeros(1, 0)));

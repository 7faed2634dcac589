% No match: an empty struct that still has the fields; no named tokens: no fields.
v = regexp('abc', '(?<digit>\d)', 'names');
fprintf('%d %d %d\n', isempty(v), isstruct(v), isfield(v, 'digit'));
u = regexp('abc', 'b', 'names');
fprintf('%d %d %d\n', isstruct(u), numel(u), numel(fieldnames(u)));
w = regexp('a-', '(?<x>[a-z])(?<y>\d)?', 'names');
fprintf('%s [%s] %d\n', w.x, w.y, isempty(w.y));

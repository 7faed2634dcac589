% tempdir ends with a separator; tempname is a fresh path in it, different each call.
d = tempdir;
fprintf('%d %d\n', ischar(d), d(end) == filesep);
a = tempname;
b = tempname;
fprintf('%d %d\n', strncmp(a, d, numel(d)), isequal(a, b));
[p, name] = fileparts(a);
fprintf('%d %s\n', isequal([p filesep], d), name(1:2));
fprintf('%d %d\n', isfile(a), isfolder(a));
c = tempname('/some/folder');
fprintf('%s\n', c(1:15));

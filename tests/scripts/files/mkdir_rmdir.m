% mkdir creates nested folders; an existing folder reports a message; rmdir removes.
base = tempname;
[ok, msg] = mkdir(fullfile(base, 'a', 'b'));
fprintf('%s %d [%s]\n', class(ok), ok, msg);
fprintf('%d\n', isfolder(fullfile(base, 'a', 'b')));
[ok, msg, id] = mkdir(base, 'a');
fprintf('%d %s %s\n', ok, msg, id);
[ok, msg] = rmdir(fullfile(base, 'a'));
fprintf('%d %d\n', ok, isempty(msg));
ok = rmdir(base, 's');
fprintf('%d %d\n', ok, isfolder(base));

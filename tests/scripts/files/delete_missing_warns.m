% Deleting a file that does not exist warns (no error); lastwarn holds the message.
lastwarn('');
delete('no_such_file_runmat.txt');
[msg, id] = lastwarn;
disp(msg);
disp(id);
f = [tempname '.txt'];
fid = fopen(f, 'w'); fclose(fid);
lastwarn('');
delete(f);
fprintf('%d %d\n', isempty(lastwarn), isfile(f));

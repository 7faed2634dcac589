% A closed identifier is invalid: the second fclose errors (caught), and so does a read.
f = [tempname '.txt'];
fid = fopen(f, 'w');
fclose(fid);
try
    fclose(fid);
catch e
    fprintf('%s\n%s\n', e.identifier, e.message);
end
delete(f);
fgetl(fid);

% isfile and isfolder: char vectors give a logical scalar, cell arrays one per cell.
f = [tempname '.txt'];
fid = fopen(f, 'w'); fclose(fid);
r = isfile(f);
fprintf('%s %d\n', class(r), r);
fprintf('%d %d\n', isfolder(f), isfolder(tempdir));
fprintf('%d\n', isfile(tempdir));
m = isfile({f, 'nope_runmat.txt'; tempdir, f});
disp(m);
disp(size(isfolder({})));
delete(f);

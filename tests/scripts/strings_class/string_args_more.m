% String scalars where char vectors are taken: containers.Map keys (get, set, isKey, remove,
% values, the key set of the constructor), MException, feval, sscanf, mkdir/rmdir/delete.
m = containers.Map();
m("k") = 1;
m('j') = 2;
disp(m.keys())
disp(isKey(m, "k"))
disp(isKey(m, ["k", "zz"]))
disp(m("j"))
v = values(m, {"k"});
disp(v{1})
remove(m, "k");
disp(m.Count)
n = containers.Map(["a", "b"], {10, 20});
disp(n("b"))
try
  m(missing) = 3;
catch e
  disp(e.identifier)
end
ME = MException("a:b", "msg %s %d", "x", 4);
disp(ME.message)
disp(ME.identifier)
disp(feval("max", 1, 2))
disp(sscanf("3 4", "%d")')
d = tempname();
mkdir(string(d));
disp(isfolder(d))
f = fullfile(d, "a.txt");
fid = fopen(f, "w"); fprintf(fid, "hi"); fclose(fid);
delete(string(f));
disp(isfile(f))
rmdir(string(d));
disp(isfolder(d))

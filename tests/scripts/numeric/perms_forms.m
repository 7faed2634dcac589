% perms: all permutations in reverse lexicographic order of positions.
disp(mat2str(perms([1 2 3])))
disp(mat2str(perms([5 9])))
disp(mat2str(perms(7)))
P = perms(1:4);
disp(size(P))
disp(mat2str(P(1, :)))
disp(mat2str(P(end, :)))
disp(mat2str(perms([3 1 2])))

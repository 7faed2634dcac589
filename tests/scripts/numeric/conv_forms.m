% conv: full/same/valid; orientation follows the longer input (full) or the first (same/valid).
disp(mat2str(conv([1 2 3], [1 1])))
disp(mat2str(conv([1 2 3]', [1 1])))
disp(mat2str(conv([1 2], [1 2 3]')))
disp(mat2str(conv([1 2 3]', [4 5 6])))
disp(mat2str(conv([1 2 3 4 5], [1 1 1], 'same')))
disp(mat2str(conv([1 2 3 4 5], [1 1 1 1], 'same')))
disp(mat2str(conv([1 2 3 4 5], [1 1 1], 'valid')))
disp(size(conv([1 2], [1 1 1], 'valid')))
disp(mat2str(conv([1 2 3]', [1 -1], 'same')))
disp(mat2str(conv(2, [1 2 3])))
p = conv([1 -1], [1 1]);
disp(mat2str(p))
disp(mat2str(conv([1 1i], [1 -1i])))

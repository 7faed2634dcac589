% deconv: polynomial division with remainder; conv(a, q) + r reproduces b.
[q, r] = deconv([1 5 10 11 6], [1 2 3]);
disp(mat2str(q)); disp(mat2str(r));
[q, r] = deconv([1 2], [1 2 3]);
disp(mat2str(q)); disp(mat2str(r));
[q, r] = deconv([2 7 5], [2 1]);
disp(mat2str(q)); disp(mat2str(r));
q = deconv(conv([1 2 3], [1 -4]), [1 -4]);
disp(mat2str(q))
[q, r] = deconv([6; 5; 1], [3 1]);
disp(mat2str(q)); disp(mat2str(r));
try
    deconv([1 2 3], [0 1])
catch e
    disp(e.identifier); disp(e.message);
end

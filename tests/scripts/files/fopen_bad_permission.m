% An unknown permission is an error.
fid = fopen('x.txt', 'q');

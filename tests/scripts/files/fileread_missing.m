% fileread of a file that does not exist.
t = fileread('no_such_file_runmat.txt');

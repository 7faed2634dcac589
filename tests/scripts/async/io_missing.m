% Reading a file that does not exist raises at the await, attributed to read_text_async.
f = read_text_async('/nonexistent_runmat_dir/missing.txt');
disp('created');
t = await(f);

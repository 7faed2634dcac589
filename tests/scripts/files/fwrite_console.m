% fwrite to identifier 1 writes the bytes to standard output.
n = fwrite(1, sprintf('raw bytes\n'));
fprintf('%d\n', n);
fwrite(1, [104 105 10]);

fprintf('%d\n', contains("hello", "ell"));
disp(startsWith(["ab" "cd" "ax"], "a"))
disp(endsWith("file.m", ".m"))

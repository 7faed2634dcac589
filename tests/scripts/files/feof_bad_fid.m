% feof of a number that is not an open identifier (stdout is not a file fopen gave).
disp(feof(-1));

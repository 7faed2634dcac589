% fprintf to an identifier that is not open.
fprintf('before\n');
fprintf(42, 'x\n');

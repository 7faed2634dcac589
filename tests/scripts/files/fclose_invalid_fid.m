% Closing an identifier that was never opened: MATLAB's message has two blanks.
fclose(99);

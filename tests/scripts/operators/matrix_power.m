A = [1 1; 0 1];
B = A^3;
fprintf('%g ', B); fprintf('\n');
fprintf('%g\n', 2^10);
C = [2 0; 0 3]^2;
fprintf('%g ', C); fprintf('\n');
D = A^0;
fprintf('%g ', D); fprintf('\n');

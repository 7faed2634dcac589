A = [1 2
     3 4];
B = [1, 2;
     3, 4;];
C = [
  5 6
  7 8
];
fprintf('%d %d\n', size(A), size(B), size(C));
fprintf('%d ', A, B, C);
fprintf('\n');

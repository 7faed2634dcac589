w(4) = 2;
fprintf('%d %d\n', size(w));
fprintf('%d ', w); fprintf('\n');

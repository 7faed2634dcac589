x = [10 20 30 40];
fprintf('%d\n', x(end));
fprintf('%d\n', x(end-1));
fprintf('%d ', x(2:end)); fprintf('\n');
fprintf('%d ', x(end:-1:1)); fprintf('\n');
fprintf('%d ', x([1 end])); fprintf('\n');
fprintf('%d\n', x(end/2));

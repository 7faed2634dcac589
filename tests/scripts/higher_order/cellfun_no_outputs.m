% In statement context callbacks without a value (disp, fprintf) are fine.
cellfun(@disp, {1, 'two'});
cellfun(@(x) fprintf('<%d>', x), {1, 2, 3});
fprintf('\n');
arrayfun(@(k) fprintf('%d;', k * k), 1:3);
fprintf('\n');
structfun(@(v) fprintf('[%s]', class(v)), struct('a', 1, 'b', 'x'));
fprintf('\n');
cellfun(@(x) x + 1, {1, 2})

fprintf('[%s]\n', sprintf('%d', NaN));
fprintf('[%s]\n', sprintf('%f', Inf));
fprintf('[%s]\n', sprintf('%d', -Inf));
fprintf('[%s]\n', sprintf('%g', NaN));
fprintf('[%s]\n', sprintf('%.2f', -Inf));

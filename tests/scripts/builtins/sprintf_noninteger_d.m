fprintf('[%s]\n', sprintf('%d', 1.5));
fprintf('[%s]\n', sprintf('%d', pi));
fprintf('[%s]\n', sprintf('%d', -0.25));
fprintf('[%s]\n', sprintf('%i', 3));

% Every data input of cellfun must be a cell array.
fprintf('before\n');
r = cellfun(@isempty, {1}, 5);

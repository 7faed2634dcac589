% num2str of a cell array is an error.
s = num2str({1, 2});

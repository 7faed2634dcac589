m = containers.Map();
words = {'pear', 'Apple', 'banana', 'apple', 'Zebra', 'a', 'ab', '_x', '1st'};
for i = 1:numel(words)
    m(words{i}) = i;
end
k = keys(m);
fprintf('%s|', k{:}); fprintf('\n');
disp(size(k));
disp(class(k));

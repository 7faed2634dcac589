text = 'the cat and the dog and the bird';
words = strsplit(text, ' ');
counts = containers.Map();
for i = 1:numel(words)
    w = words{i};
    if isKey(counts, w)
        counts(w) = counts(w) + 1;
    else
        counts(w) = 1;
    end
end
k = keys(counts);
for i = 1:numel(k)
    fprintf('%s: %d\n', k{i}, counts(k{i}));
end

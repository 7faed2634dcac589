fprintf('%d ', "apple" < "banana", "b" >= "a", "abc" > "ab", "A" < "a", "x" <= "x");
fprintf('\n');

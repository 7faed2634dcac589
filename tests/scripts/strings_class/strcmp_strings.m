fprintf('%d %d %d\n', strcmp("a", 'a'), strcmp("a", "b"), strcmpi("ABC", "abc"));
disp(strcmp(["a" "b" "a"], "a"))

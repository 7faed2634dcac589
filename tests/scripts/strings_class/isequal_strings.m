fprintf('%d %d %d %d %d\n', isequal("a", "a"), isequal("a", 'a'), isequal(["a" "b"], ["a" "b"]), isequal("a", "b"), isequal(["a" "b"], ["a"; "b"]));

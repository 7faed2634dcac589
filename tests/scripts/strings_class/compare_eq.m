fprintf('%d\n', "abc" == "abc");
fprintf('%d\n', "abc" == 'abc');
fprintf('%d\n', "abc" ~= "abd");
disp(["a" "b" "a"] == "a")
disp(class("a" == "a"))

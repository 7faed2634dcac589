disp(["a" "b"])

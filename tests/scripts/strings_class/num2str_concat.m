x = 42;
msg = "The answer is " + x + ".";
disp(msg)
msg2 = "pi ~ " + string(pi);
disp(msg2)

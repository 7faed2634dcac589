s = "a";
s(3) = "c";
disp(s)
fprintf('%d\n', numel(s));
s(2) = 'b';
disp(s)

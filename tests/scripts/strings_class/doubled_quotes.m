s = "say ""hi""";
disp(s)
fprintf('%d\n', strlength(s));

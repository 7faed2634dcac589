fprintf('%d %d\n', isStringScalar("a"), isStringScalar(["a" "b"]));
s = convertCharsToStrings('abc');
fprintf('%s\n', class(s));
c = convertStringsToChars("xyz");
fprintf('%s %s\n', class(c), c);

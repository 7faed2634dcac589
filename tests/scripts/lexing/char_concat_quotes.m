a = ['ab' 'cd'];
b = ['a', 'b'''];
c = '''';
disp(a)
disp(b)
fprintf('%d %d\n', numel(b), numel(c));
disp(['[' c ']'])

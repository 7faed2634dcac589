% dec2hex / dec2bin with a minimum width; hex2dec / bin2dec of char rows and cellstr.
disp(dec2hex(255));
disp(dec2hex(255, 4));
disp(dec2hex([1 255]));
disp(dec2bin(5, 8));
disp(dec2bin([1 2 3]));
disp(dec2bin(-1));
disp(dec2hex(int8(-1)));
disp(dec2bin(0));
fprintf('%d\n', hex2dec('FF'), hex2dec('0xff'), bin2dec('1 0 1'));
disp(hex2dec(['0A'; '1f'])');
h = hex2dec({'A', '1F', 'ff'});
fprintf('%d %d | %d %d %d\n', size(h), h);
disp(bin2dec({'11', '100'})');

% A character that is not a hexadecimal digit.
x = hex2dec('FG');

fprintf('%g\n', double("3.5"));
d = double(["1" "x" "-2e3"]);
fprintf('%g ', d);
fprintf('\n');
fprintf('%g\n', str2double("4.25"));
fprintf('%g\n', str2double(["1" "2"]) * 2);

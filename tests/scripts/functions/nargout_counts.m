report_nargout();
x = report_nargout();
[x, y] = report_nargout();
[x, ~, z] = report_nargout();

function [a, b, c] = report_nargout()
    fprintf('nargout = %d\n', nargout);
    a = 1; b = 2; c = 3;
end

% getReport(ME): "Error using NAME" then the message for an error raised in a function;
% just the message for one raised by script code or never thrown.
try
    compute(0);
catch err
    disp(getReport(err));
end
try
    error('s:lvl', 'script level failure');
catch err
    disp(getReport(err));
end
ME = MException('a:b', 'never thrown');
disp(getReport(ME));
disp(getReport(ME, 'basic'));

function compute(x)
    error('compute:zero', 'Input must be nonzero, got %d.', x);
end

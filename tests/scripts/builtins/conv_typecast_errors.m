% typecast needs a real numeric vector and a numeric class name (errors caught here).
try
    typecast(true, 'uint8');
catch e
    disp('logical: error');
end
try
    typecast('ab', 'uint8');
catch e
    disp('char: error');
end
try
    typecast(uint8(ones(2)), 'uint16');
catch e
    disp('matrix: error');
end
try
    typecast(uint8([1 2]), 'logical');
catch e
    disp('logical output: error');
end
try
    typecast(complex(1, 2), 'uint8');
catch e
    disp('complex: error');
end

function y = addone(x)
% ADDONE adds one (helper used by call_file_fn and others)
y = x + 1;
end

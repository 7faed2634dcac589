x = [];
if isempty(x) || x(1) > 0
    disp('guard ok')
end
y = [5 6];
if numel(y) > 2 && y(3) == 1
    disp('wrong')
else
    disp('no index error')
end

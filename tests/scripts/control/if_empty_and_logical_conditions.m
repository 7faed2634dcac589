x = [];
if x
    disp('wrong')
elseif isempty(x)
    disp('empty')
end
y = [true true];
if y, disp('all true'), end
if ~[0 0], disp('not zeros'), end

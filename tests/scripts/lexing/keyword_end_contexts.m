x = [10 20 30];
if x(end) == 30, disp('end ok'), end
for k = 1:numel(x), if k == 2, fprintf('%d\n', x(end-k+1)); end, end
while false, end

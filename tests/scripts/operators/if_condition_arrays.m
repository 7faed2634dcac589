if [1 2 3], disp('all nonzero'), end
if [1 0 3], disp('wrong'), else, disp('has zero'), end
if [], disp('wrong'), else, disp('empty is false'), end
if 'a', disp('char true'), end

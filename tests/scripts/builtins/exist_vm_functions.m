% exist reports 5 for built-in functions the VM implements (feval, eval, ...) as for any other.
names = {'feval', 'eval', 'evalin', 'assignin', 'nargin', 'str2func', 'sin', 'no_such_function_xyz'};
for k = 1:numel(names)
  fprintf('%s %d\n', names{k}, exist(names{k}));
end

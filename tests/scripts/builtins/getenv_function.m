v = getenv('RUNMAT_TEST');
fprintf('[%s]\n', v);
u = getenv('RUNMAT_SURELY_UNSET_VARIABLE_XYZ');
fprintf('%d\n', isempty(u));
disp(class(u))

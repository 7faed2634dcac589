% validatestring returns the valid string the input abbreviates, case-insensitively.
opts = {'linear', 'nearest', 'cubic', 'spline'};
disp(validatestring('lin', opts));
disp(validatestring('NEAR', opts));
disp(validatestring('Spline', opts));
disp(validatestring('app', {'apple', 'applesauce'}));
disp(validatestring('on', {'on', 'one'}));

disp('before')
warning('This is a warning: %d', 5);
warning('my:warn', 'Identified warning');
disp('after')

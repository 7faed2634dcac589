disp('checking')
error('my:id', 'Value %d too big', 7);

ME = MException('top:level', 'Code %d failed', 42);
fprintf('%s\n', ME.identifier);
throw(ME);

n = 42;
disp(['The answer is ' num2str(n)])
disp(['pi ~ ' num2str(pi)])
disp(['half: ' num2str(0.5)])

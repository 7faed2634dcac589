c = onCleanup(@() disp('bye'));
disp('before');
clear c
disp('after');

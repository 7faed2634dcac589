c = onCleanup(@() disp('first gone'));
c = onCleanup(@() disp('second gone'));
disp('middle');
c = 1;
disp('after');

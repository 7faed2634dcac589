use();
disp('end');

function use()
  c = mk();
  disp('using');
end

function c = mk()
  c = onCleanup(@() disp('done'));
end

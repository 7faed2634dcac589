for i = 1:3
  eval(sprintf('v%d = i * 10;', i));
end
fprintf('%d\n', v1 + v2 + v3);

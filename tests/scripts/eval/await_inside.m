eval('await(sleep_ms(5)); z = 2;');
fprintf('%d\n', z);
fprintf('%d\n', in_fn());

function r = in_fn()
  eval('await(sleep_ms(1)); t = 5;');
  r = t;
end

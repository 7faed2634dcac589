% Tasks run one after another on reused machines: nothing of a finished task (its variables,
% nargin, an error it raised, a try/catch it was in, its outputs) leaks into the next one.
function task_machine_reuse()
  ts = cell(1, 6);
  ts{1} = spawn(adder(1, 2));
  ts{2} = spawn(counter());
  ts{3} = spawn(failing('first'));
  ts{4} = spawn(adder(10));
  ts{5} = spawn(catcher());
  ts{6} = spawn(counter());
  disp(await(ts{1}));
  disp(await(ts{2}));
  try
    await(ts{3});
  catch e
    disp(e.message);
  end
  disp(await(ts{4}));
  disp(await(ts{5}));
  disp(await(ts{6}));
  % Many short tasks in a row reuse machines; each sees only its own arguments.
  n = 200;
  hs = cell(1, n);
  for i = 1:n
    hs{i} = spawn(adder(i));
  end
  total = 0;
  for i = 1:n
    total = total + await(hs{i});
  end
  disp(total);
end

async function r = adder(a, b)
  if nargin < 2
    b = 100;
  end
  r = a + b;
end

async function r = counter()
  if exist('k', 'var')
    r = -1; % a variable left over from another task would show here
  else
    k = 5;
    r = k;
  end
end

async function r = failing(msg)
  error('reuse:failed', 'failed: %s', msg);
  r = 0;
end

async function r = catcher()
  try
    error('reuse:inner', 'inner');
  catch e
    r = e.identifier;
  end
end

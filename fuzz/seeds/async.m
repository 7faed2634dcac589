async function y = fetch(u)
  y = await(webread(u));
end
function run()
  t = spawn(fetch("http://x"));
  v = await(t);
  fprintf('%d\n', v);
end

outer = containers.Map();
outer('inner') = containers.Map({'x'}, {10});
inner = outer('inner');
inner('y') = 20;
again = outer('inner');
fprintf('%d %s\n', again.Count, class(again));
v = values(outer);
fprintf('%d\n', v{1}('y'));

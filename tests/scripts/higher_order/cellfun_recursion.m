% A recursive function that maps itself over nested cells (a tree).
tree = {1, {2, 3, {4}}, {}, {{5, {6}}}};
fprintf('%d\n', tree_sum(tree));
fprintf('%d\n', depth(tree));
function s = tree_sum(t)
  if iscell(t)
    s = sum(cellfun(@tree_sum, t));
  else
    s = t;
  end
end
function d = depth(t)
  if iscell(t)
    d = 1 + max([0, cellfun(@depth, t)]);
  else
    d = 0;
  end
end

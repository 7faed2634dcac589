p.name = "bob";
p.tags = ["x" "y"];
fprintf('%s has %d tags\n', p.name, numel(p.tags));
disp(class(p.name))

% MException requires a message identifier (component:mnemonic) as its first argument.
bad = {'noColon', 'has space:x', ':leading', 'trailing:', '1digit:x'};
for k = 1:numel(bad)
    try
        ME = MException(bad{k}, 'msg');
        fprintf('%s accepted\n', bad{k});
    catch
        fprintf('%s rejected\n', bad{k});
    end
end
good = {'a:b', 'Pkg:sub:leaf', 'x1_y:z-2'};
for k = 1:numel(good)
    ME = MException(good{k}, 'msg');
    fprintf('%s ok\n', ME.identifier);
end

r = rand(3);
fprintf('%d %d\n', size(r));
r2 = rand(2, 4);
fprintf('%d %d\n', size(r2));
fprintf('%d %d\n', size(rand));
fprintf('%d %d\n', size(rand([1 5])));
fprintf('%d\n', all(r2(:) >= 0 & r2(:) < 1));
disp(class(r))
x = rand(1, 1000);
fprintf('%d\n', numel(unique_count(x)) > 900);

function u = unique_count(x)
    s = sort(x);
    u = s([true, diff_pos(s)]);
end

function d = diff_pos(s)
    d = s(2:end) ~= s(1:end-1);
end

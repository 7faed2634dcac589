[a, b, c] = first_n();
fprintf('%d %d %d\n', a, b, c);
[p, q] = first_n();
fprintf('%d %d\n', p, q);
r = first_n();
fprintf('%d\n', r);

function varargout = first_n()
    for k = 1:max(nargout, 1)
        varargout{k} = k * 11;
    end
end

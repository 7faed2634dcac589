[m, extra] = fixed_then_var(5);
fprintf('%d %d\n', m, extra);
m2 = fixed_then_var(7);
fprintf('%d\n', m2);

function [main, varargout] = fixed_then_var(x)
    main = x;
    if nargout > 1
        varargout{1} = -x;
    end
end

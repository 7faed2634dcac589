try
    check_positive(-3);
catch err
    disp(err.message)
end
check_positive(2);

function check_positive(v)
    if v < 0
        error('check:neg', 'Negative value: %g', v);
    end
    fprintf('ok %g\n', v);
end

disp('calling')
validate(5);
validate(-1);
disp('not reached')

function validate(x)
    if x < 0
        error('validate:negative', 'Input must be nonnegative, got %d', x);
    end
    fprintf('valid %d\n', x);
end

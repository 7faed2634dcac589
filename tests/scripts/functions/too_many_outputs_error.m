x = no_outputs();

function no_outputs()
    disp('in no_outputs');
end

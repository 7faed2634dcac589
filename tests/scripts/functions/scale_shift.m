function [scaled, shifted] = scale_shift(x, s)
scaled = x * s;
shifted = x + s;
end

a = realmax('single')
b = eps('single')
c = flintmax('single')
fprintf('%s %s %s\n', class(pi('single')), class(Inf(2, 'single')), class(NaN(1, 2, 'like', single(1))));
fprintf('%d\n', realmin('single') == single(2)^-126);
fprintf('%d\n', eps(single(1)) == eps('single'));
fprintf('%d %d\n', isinf(Inf('single')), isnan(NaN('single')));
fprintf('%s\n', class(eps(single(10))));
fprintf('%.10g\n', double(pi('single')));

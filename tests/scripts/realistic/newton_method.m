% Newton's method for f(x) = x^2 - a and for g(x) = cos(x) - x.
targets = [2 10 0.25];
for a = targets
    [r, iters] = newton(@(x) x^2 - a, @(x) 2*x, 1, 1e-12, 50);
    fprintf('sqrt(%g) = %.10f after %d iterations (close: %d)\n', a, r, iters, abs(r - sqrt(a)) < 1e-12);
end
[r, iters] = newton(@(x) cos(x) - x, @(x) -sin(x) - 1, 0.5, 1e-12, 50);
fprintf('cos(x) = x at x = %.8f (%d iterations)\n', r, iters);
try
    newton(@(x) x^2 + 1, @(x) 2*x, 1, 1e-12, 20);
catch err
    fprintf('failure: %s\n', err.message);
end

function [x, k] = newton(f, df, x0, tol, maxit)
    x = x0;
    for k = 1:maxit
        step = f(x) / df(x);
        x = x - step;
        if abs(step) < tol
            return
        end
    end
    error('newton:noConvergence', 'No convergence after %d iterations', maxit);
end

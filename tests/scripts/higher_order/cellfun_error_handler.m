% 'ErrorHandler': a failing call's outputs come from the handler, called with a struct
% describing the error (identifier, message, index) and the same arguments.
r = cellfun(@checked_sqrt, {4, -1, 9, 'x'}, 'ErrorHandler', @on_error);
fprintf('%g ', r); fprintf('\n');
u = cellfun(@(x) x(3), {1:3, 1}, 'ErrorHandler', @(s, x) -1);
fprintf('%g %g\n', u);
v = cellfun(@(x) error('my:id', 'bad %d', x), {1, 2}, 'UniformOutput', false, 'ErrorHandler', @(s, x) s);
fprintf('%s | %s | %d\n', v{2}.identifier, v{2}.message, v{2}.index);
f = fieldnames(v{1});
fprintf('%s ', f{:}); fprintf('\n');
function y = checked_sqrt(x)
  if ~isnumeric(x)
    error('demo:type', 'not a number: %s', x);
  end
  if x < 0
    error('demo:neg', 'negative input %d', x);
  end
  y = sqrt(x);
end
function y = on_error(s, x)
  fprintf('handler: %s (%s) at %d\n', s.identifier, s.message, s.index);
  y = NaN;
end

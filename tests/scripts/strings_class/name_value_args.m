parts = strsplit("a,,b", ",", CollapseDelimiters=false);
fprintf('%d\n', numel(parts));
s = struct("alpha", 1, "beta", "two");
fprintf('%d %s\n', s.alpha, s.beta);
fprintf('%d\n', isfield(s, "beta"));

% chol returns at most two outputs for a full matrix
[R, p, q, r] = chol(eye(2));

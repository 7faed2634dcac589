% [V,D,W] = eig(A): W holds left eigenvectors, W'*A = D*W'
A = [1 2 0; 0 3 1; 1 0 2];
[V, D, W] = eig(A);
fprintf('%d\n', norm(W'*A - D*W') < 1e-10);
fprintf('%d\n', norm(A*V - V*D) < 1e-10);
fprintf('%.10f\n', sqrt(sum(abs(W).^2)));

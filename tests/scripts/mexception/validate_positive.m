% A failed 'positive' check.
validateattributes(-2, {'numeric'}, {'positive'});

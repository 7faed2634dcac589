% A class mismatch lists the accepted classes.
validateattributes('abc', {'double', 'single'}, {'nonempty'});

x = logical([1 NaN]);

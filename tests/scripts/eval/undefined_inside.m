eval('disp(nosuchvar)');

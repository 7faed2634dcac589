s = 'abc'

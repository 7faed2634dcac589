eval('y = 3')

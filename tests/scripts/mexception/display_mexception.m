% Display of an MException value that was never thrown.
ME = MException('demo:display', 'Shown %d', 5)

s = string(missing)

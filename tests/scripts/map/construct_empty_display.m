m = containers.Map()

s = ["a" "bb" "c"]

s = ["ab" "cd"; "ef" "gh"]

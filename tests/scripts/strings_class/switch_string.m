for v = ["a" "c" "z"]
    switch v
        case "a"
            disp("got a")
        case {"b", "c"}
            disp("got b or c")
        otherwise
            disp("other")
    end
end

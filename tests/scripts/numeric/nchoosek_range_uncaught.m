c = nchoosek(3, 5);

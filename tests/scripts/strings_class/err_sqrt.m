x = sqrt("4");

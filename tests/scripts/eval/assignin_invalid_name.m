assignin('base', '1x', 3);

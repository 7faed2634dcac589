// Placeholder translation unit so the layer library exists; replaced by real sources.

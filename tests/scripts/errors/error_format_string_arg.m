name = 'data.txt';
error('MyComponent:notFound', 'File %s not found (code %d)', name, 404);

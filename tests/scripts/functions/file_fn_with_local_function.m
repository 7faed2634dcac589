fprintf('%d\n', file_with_local(5));

error('Simple failure');

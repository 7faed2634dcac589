% An uncaught error(errorStruct): its message is the error text.
disp('before');
error(struct('message', 'struct error escapes', 'identifier', 'st:escape'));
disp('not reached');

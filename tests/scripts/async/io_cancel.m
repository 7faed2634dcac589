% A read whose token is cancelled ends with RunMat:cancelled; try/catch cleanup runs.
p = '/tmp/runmat_script_io_cancel.txt';
await(write_text_async(p, 'data'));
[cancel, tok] = cancellation_token();
f = with_cancel(tok, read_text_async(p));
cancel();
try
  await(f);
  disp('not cancelled');
catch e
  disp(e.identifier);
end
% An uncancelled token lets the read finish.
[cancel2, tok2] = cancellation_token();
disp(await(with_cancel(tok2, read_text_async(p))));

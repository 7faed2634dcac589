x = 1; % trailing comment
% full line comment
y = 2; %{ not a block comment: text follows code
%{
z = 100;
disp('should not run')
%}
disp(x + y)
  %{
  w = 5;
  %}
fprintf('%d %d\n', exist('z'), exist('w'));
%% a cell marker is a comment too
disp('done')

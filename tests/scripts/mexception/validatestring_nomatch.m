% No valid string matches.
validatestring('quad', {'linear', 'cubic'});

s = 'abc'
t = 'it''s'

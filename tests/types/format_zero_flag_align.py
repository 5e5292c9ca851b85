# format() with the '0' flag, explicit alignments and fill characters for
# ints, floats, str, 'c' and bools.
for spec in ['', '05', '<05', '>05', '^05', '=05', '0', '010', 'x<010', '0=10', '+08', '#010x', '08.3f', '<08.3f', '^09e', '010,', 'c', '05c', '<05c', '05s', '>05s', '^7', '*^07', '010n']:
    for v in [42, -42, 3.5, -0.0, 'ab', 97, True]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__, e)

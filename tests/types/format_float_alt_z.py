# '#' alternate form and the 'z' (negative zero coercion) option for floats
for v in (1.0, 0.0, -0.0, 10.0, 1e20, 1.5, 100.0, 1e-5, -0.001):
    for spec in ('#', '#.0f', '#.0e', '#g', '#.1g', '#.3g', '#G', '#.0%', '#10.0f', '#e'):
        print(repr(spec), repr(format(v, spec)))
for v in (-0.0, -0.001, -0.5, 0.0, -1e-10, -1.0):
    for spec in ('z', 'z.0f', 'z.2f', 'z.1e', 'z.0%', '+z.1f', ' z.1f', 'z10.1f', 'zg'):
        print(repr(spec), repr(format(v, spec)))

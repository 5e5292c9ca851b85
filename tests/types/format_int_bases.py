# format() of ints: b o x X c d n with '#', sign, width, fill, '=' and zero padding; big ints
vals = [0, 1, -1, 255, -255, 65, 2**64, -(2**70) - 1, True]
for v in vals:
    for spec in ('b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', 'd', 'n', '', '+d', ' d', '-d', '08b', '#010x', '+#06o',
                 '=+10', '*^9d', '<5', '>5', '^6', '#_b', '_x', '#_X', ',d', '_d', '012,', '+015_d', '#015_x', 'e', '.2f', '%', 'g'):
        print(repr(spec), repr(format(v, spec)))
print(format(65, 'c'), format(0x20ac, 'c'), format(0x1f600, '^5c'), format(10, 'c') == '\n')
for spec, v in (('c', -1), ('c', 0x110000), ('+c', 65), ('#c', 65), (',c', 65), ('.2d', 5), ('.2x', 5), (',b', 5), ('_n', 5), ('.3', 5), ('s', 5), ('z', 5), ('zd', 5)):
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

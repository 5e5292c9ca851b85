# complex equality with ints/floats/bools/bigints, ordering errors, membership and dict keys
vals = [0j, 1 + 0j, 1j, complex(2**53, 0), complex(1.5, 0), complex(float('nan'), 0)]
others = [0, 1, 1.0, True, False, 2**53, 2**53 + 1, 1.5, 'x', None]
for v in vals:
    print(repr(v), [v == o for o in others], [v != o for o in others])
for op in ('<', '<=', '>', '>='):
    try:
        eval('1j ' + op + ' 2j')
    except TypeError as e:
        print('TypeError', e)
print(1j in [0, 1j], (1 + 0j) in {1}, {1: 'a', 1 + 0j: 'b'}, {0j: 'z'}.get(0.0), complex(2**70, 0) == 2**70, complex(2**70, 0) == 2**70 + 1)

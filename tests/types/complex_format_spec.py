# format() of complex numbers: e f g with precision, sign, width/alignment, and invalid specs
vals = [1 + 2j, -1.5 - 0.25j, 1e20j, complex(1e-5, -1e5), 0j, -0j, complex(float('inf'), float('nan'))]
for v in vals:
    for spec in ('', '.2f', '.3e', 'g', '.2g', '+', ' .1f', '>20', '<20.2f', '^24', '*>25.1e', 'F', 'E', 'G', '10', '+.0f', 'z.1f' if False else '.1f'):
        print(repr(spec), repr(format(v, spec)))
for spec in ('d', 'x', '%', '=10', '010', 'c', 's', 'n'):
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print('ValueError', e)
print(f'{1+2j:.1f}', '{:>12}'.format(3j), '%s %r' % (1j, -1j))

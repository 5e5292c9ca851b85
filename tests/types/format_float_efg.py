# format() of floats with e/E/f/F/g/G and precision, including huge precision and specials
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e-7, 1e16, 1.5e300, 5e-324, 2.5, 0.5, 1.0 / 3, 999999.5, 9.9999995, 1e22]
for v in vals:
    for spec in ('e', 'E', '.0e', '.3e', '.20e', 'f', 'F', '.0f', '.1f', '.3f', '.30f', 'g', 'G', '.0g', '.1g', '.3g', '.12g', '.20g', '#g', '#.0e', '#.0f', '#.3g'):
        print(spec, format(v, spec))
for v in (float('inf'), float('-inf'), float('nan')):
    print([format(v, s) for s in ('e', 'E', 'f', 'F', 'g', 'G', '%', '+', '010', '<6', '^7', '.3')])
print(format(1e300, '.350f')[:40], len(format(1e300, '.350f')))
print(format(2.0 ** -1074, '.1100f')[-20:], format(0.1, '.60f'))

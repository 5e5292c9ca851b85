# format() of floats with no type, 'n', '%', sign options, width/fill/align and '='
vals = [0.0, -0.0, 1.0, 12.5, -3.25, 1e16, 1e-5, 123456789.123, 1.0 / 3, 1e100]
for v in vals:
    for spec in ('', '.3', '.0', '.17', 'n', '.3n', '%', '.1%', '.0%', '+', '-', ' ', '+.2f', ' .2f', '10', '<10', '>10',
                 '^10', '=10', '*^12.2f', '0=12', '012', '+012.3f', '010e', '-^+11.1e', 'x<8.1%'):
        print(repr(spec), repr(format(v, spec)))
print(str(1e16), format(1e16), format(1e16, ''), f'{1e16}', '{}'.format(1e16))
print(format(-0.0, '+'), format(-0.0, '.0f'), format(-1e-10, '.3f'), format(-0.0001, '.2e'))

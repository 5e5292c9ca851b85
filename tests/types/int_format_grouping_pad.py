# int formatting: grouping with zero padding widths, '=' alignment, big ints, sign handling, 'n'
for v in (0, 5, -5, 1234, -1234567, 10**20, -(2**70)):
    for spec in (',', '_', '08,', '010,', '011_', '+012,', ' 09_', '=+15,', '0>12,', '<12,', '^14_', '#012_x', '#_o', '_b', '018_X', 'n', '10n', ',.0f' if False else ',d'):
        print(repr(spec), repr(format(v, spec)))
print('{:,}'.format(2**100), '{:_}'.format(-(10**30)), '{:030,}'.format(-12345), '%d' % -(10**25))

# format() of str: width, fill, alignment, precision truncation, unicode widths, errors
for s in ('', 'a', 'abc', 'héllo', '日本語', 'x' * 20):
    for spec in ('', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '-<8', '\u2603>6', '^', '0<4', '<05'):
        print(repr(spec), repr(format(s, spec)))
for spec in ('=5', '+5', ' 5', '#5', ',', '_', 'd', 'x', 'z5', '05'):
    try:
        print(repr(spec), repr(format('ab', spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
class S(str):
    pass
print(format(S('q'), '>3'), type(format(S('q'), '')).__name__)

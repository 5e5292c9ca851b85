# format() of floats with invalid specs: error types and messages
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for spec in ('d', 'x', 'c', 'b', 'o', 's', 'X', '=', 'q', '.', '10.', '.x', '#d', '1_0', '..2f', '.2.2f', '10,5f', ' +f'):
    t(1.5, spec)
t(1.5, '.1000000000000000000000f')
t(1.5, '1000000000000000000000')
t(1.0, 'zd')
t(2, 'z.1f')
t('x', 'z')
t(1j, 'z')

# complex() from strings: all forms, whitespace, parentheses, underscores, errors
def t(*a, **k):
    try:
        print(repr(complex(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1+2j', '1-2j', '-1-2j', '2j', '-2j', 'j', '-j', '+j', '1', '-1.5', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '1e3+1e-3j',
          'inf+nanj', '-infj', 'nanj', '1_0+2_0j', '1.5J', '1+2J', '0x1', '1+2', '1 + 2j', '(1+2j', '1+2j)', '', ' ', '()',
          'j1', '1+j', '1-j', '1+-2j', '1++2j', '1e+j', '.5j', '5.j', '1.e1j', 'infinityj', '1+2jj', '\u00a01j\u00a0']:
    t(s)
t('1+2j', 3)
t(1, '2')
t('1', imag=2)
t(1j, 1j)
t(1 + 2j, 3 + 4j)
t(2.5, 1j)
t(None)
t([1])
t(b'1j')
class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 3
t(C())
t(F())
t(I())
t(F(), F())
t(real=1.5)
t(foo=1)

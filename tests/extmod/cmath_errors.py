# domain/range errors and argument types
import cmath
def t(f, *a):
    try:
        r = f(*a)
        print(f.__name__, 'ok', r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
t(cmath.log, 0); t(cmath.log10, 0j); t(cmath.atanh, 1); t(cmath.atanh, -1); t(cmath.atan, 1j); t(cmath.atan, -1j)
t(cmath.exp, 1000); t(cmath.cosh, 1000); t(cmath.sinh, -1000); t(cmath.sin, 1000j); t(cmath.cos, 1000j)
t(cmath.polar, complex(1e308, 1e308)); t(cmath.phase, complex(1e300, 1e-310))
for bad in ['1', None, [1], b'x']:
    for f in (cmath.sqrt, cmath.exp, cmath.phase, cmath.isnan):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 9
t(cmath.sqrt, C()); t(cmath.sqrt, F()); t(cmath.sqrt, I()); t(cmath.phase, C()); t(cmath.polar, F()); t(cmath.rect, F(), 0)
t(cmath.sqrt, 10**20); t(cmath.sqrt, -(10**20)); t(cmath.sqrt, True)
t(cmath.sqrt, 10**400)
t(cmath.rect, 1j, 0)
try:
    cmath.sqrt()
except TypeError:
    print('TypeError no args')
try:
    cmath.log(1, 2, 3)
except TypeError:
    print('TypeError 3 args')

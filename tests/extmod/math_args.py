# argument conversion: ints of any size, bools, __float__, __index__, errors
import math
def t(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 4
class Bad:
    def __float__(self):
        return 'x'
for x in [True, False, 3, -3, 2**60, 2**200, F(), I()]:
    t(math.sqrt, x); t(math.exp, x); t(math.fabs, x); t(math.isfinite, x)
for x in ['1', None, [1.0], 1j, b'1', Bad()]:
    t(math.sqrt, x); t(math.sin, x); t(math.isnan, x)
t(math.sqrt, 10**400); t(math.isinf, 10**400); t(math.fabs, -(10**300)); t(math.atan2, 10**400, 1)
t(math.copysign, 10**400, 1); t(math.hypot, 10**400); t(math.fsum, [10**400])
print(math.fabs(-3), type(math.fabs(-3)).__name__, math.isnan(-0.0), math.isinf(-math.inf), math.isfinite(5e-324))
for name in ['sqrt', 'sin', 'floor', 'gcd', 'fsum', 'isclose', 'prod', 'factorial']:
    print(name, name in dir(math), callable(getattr(math, name)))
try:
    math.sqrt()
except TypeError:
    print('TypeError 0 args')
try:
    math.sqrt(1, 2)
except TypeError:
    print('TypeError 2 args')
try:
    math.log(1, 2, 3)
except TypeError:
    print('TypeError log 3 args')
import math as m2
print(m2 is math, math.__name__)
# argument-count messages that match CPython
for f, a in [(math.log, ()), (math.log, (1, 2, 3)), (math.isclose, (1,)), (math.prod, ()), (math.prod, ([1], 2)),
             (math.comb, (1,)), (math.pow, (1,)), (math.perm, (1, 2, 3)), (math.gcd, (1.5,))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)

# ceil, floor, trunc: ints (exact for huge floats), special methods, errors
import math
def t(f, *a):
    try:
        r = f(*a)
        print(f.__name__, [x if type(x) in (int, float, bool) else type(x).__name__ for x in a], type(r).__name__, r)
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.7, 1e15 + 0.5, 4503599627370497.0, 1e16, -1e16, 1e300, -1.7976931348623157e308, 5e-324, -5e-324]:
    t(math.ceil, x); t(math.floor, x); t(math.trunc, x)
for x in [0, 5, -5, True, False, 10**30, -(10**30)]:
    t(math.ceil, x); t(math.floor, x); t(math.trunc, x)
for x in [math.inf, -math.inf, math.nan]:
    t(math.ceil, x); t(math.floor, x); t(math.trunc, x)
class C:
    def __ceil__(self):
        return 'ceil!'
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
t(math.ceil, C()); t(math.floor, C()); t(math.trunc, C())
class F:
    def __float__(self):
        return 2.5
t(math.ceil, F()); t(math.floor, F())
try:
    math.trunc(F())
except TypeError as e:
    print('TypeError', e)
class I:
    def __index__(self):
        return 7
t(math.ceil, I()); t(math.floor, I())
class MyFloat(float):
    pass
class MyInt(int):
    pass
t(math.floor, MyFloat(3.7)); t(math.ceil, MyFloat(-3.7)); t(math.trunc, MyFloat(-3.7))
t(math.floor, MyInt(42)); t(math.trunc, MyInt(-42))
for bad in ['1', None, [1], 1j]:
    for f in (math.ceil, math.floor, math.trunc):
        try:
            f(bad)
        except TypeError:
            print(f.__name__, type(bad).__name__, 'TypeError')

# isclose with rel_tol / abs_tol keywords
import math
def t(*a, **k):
    try:
        print(a, k, math.isclose(*a, **k))
    except Exception as e:
        print(a, k, type(e).__name__, e)
t(1.0, 1.0); t(1.0, 1.0 + 1e-10); t(1.0, 1.0 + 1e-8); t(0.0, 1e-10); t(0.0, 1e-10, abs_tol=1e-9)
t(1e10, 1.00001e10, rel_tol=1e-4); t(1e10, 1.00001e10, rel_tol=1e-6)
t(math.inf, math.inf); t(math.inf, -math.inf); t(math.inf, 1e308, rel_tol=1.0); t(math.nan, math.nan); t(math.nan, 1.0, abs_tol=math.inf)
t(1, 1.0); t(True, 1); t(-0.0, 0.0)
t(1.0, 2.0, rel_tol=0.5); t(1.0, 2.0, rel_tol=0.49); t(1.0, 2.0, abs_tol=1.0); t(1.0, 2.0, abs_tol=0.99)
t(1.0, 1.0, rel_tol=-1); t(1.0, 1.0, abs_tol=-0.1)
t(1.0, 2.0, rel_tol=1, abs_tol=0)
t(a=1.0, b=1.0)
for bad in [(1.0,), (1.0, 2.0, 3.0), ('a', 1.0)]:
    try:
        math.isclose(*bad)
    except TypeError:
        print('TypeError', len(bad))
try:
    math.isclose(1.0, 1.0, foo=1)
except TypeError:
    print('TypeError kw')
try:
    math.isclose(1.0, 2.0, 0.5)
except TypeError as e:
    print(e)

# frexp, ldexp, modf
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, 7, True, math.inf, -math.inf, math.nan]:
    t(math.frexp, x); t(math.modf, x)
for x in [1.0, -1.0, 0.75, 5e-324, 0.0, -0.0, math.inf, math.nan]:
    for e in [0, 1, -1, 10, 1023, 1024, -1074, -1075, 2000, -2000, 10**30, -(10**30), True]:
        t(math.ldexp, x, e)
t(math.ldexp, 1.0, 2.5)
t(math.ldexp, 3, 4)
t(math.ldexp, '1', 4)
for x in [2.5, -3.25, 1e20, 123.456]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
    f, i = math.modf(x)
    print(f + i == x, i)

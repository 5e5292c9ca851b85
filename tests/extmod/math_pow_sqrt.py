# pow and sqrt with IEEE special cases and errors
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
sp = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 2.5, math.inf, -math.inf, math.nan]
for x in sp:
    for y in sp:
        t(math.pow, x, y)
t(math.pow, 2, 10); t(math.pow, 10, 400); t(math.pow, -8, 1 / 3); t(math.pow, 2, -1075); t(math.pow, 1e308, 2)
t(math.pow, True, 5); t(math.pow, 2, 0.5)
for x in [0.0, -0.0, 1.0, 2.0, 4, 1e-320, 1e308, 0.25, -1.0, -1e-300, math.inf, -math.inf, math.nan]:
    t(math.sqrt, x)
for x in [0.0, -0.0, 8.0, -27.0, 2.0, 1e300, math.inf, -math.inf, math.nan]:
    t(math.cbrt, x)

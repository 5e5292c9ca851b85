# fmod, remainder and copysign
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
sp = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 7.0, -7.0, 1e300, 5e-324, math.inf, -math.inf, math.nan]
for x in sp:
    for y in sp:
        t(math.fmod, x, y)
        t(math.remainder, x, y)
for x, y in [(10, 3), (-10, 3), (5, 2), (7, 2), (-7, 2), (6, 4), (2.5, 1), (3.5, 1), (0.1, 0.03), (10**20, 7)]:
    t(math.fmod, x, y); t(math.remainder, x, y)
for x in [1, -1, 0.0, -0.0, math.inf, math.nan]:
    for y in [1, -1, 0.0, -0.0, -math.inf, math.nan]:
        t(math.copysign, x, y)

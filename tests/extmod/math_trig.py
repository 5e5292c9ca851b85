# trigonometric functions: exact libm results and domain errors
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 1e-10, 100.0, 1e22, math.pi, math.pi / 2]:
    t(math.sin, x); t(math.cos, x); t(math.tan, x)
for x in [0.0, -0.0, 0.3, -0.7, 1.0, -1.0, 1.0000001, -2.0, math.inf, math.nan]:
    t(math.asin, x); t(math.acos, x)
for x in [0.0, -0.0, 1.0, -1e300, 1e300, math.inf, -math.inf, math.nan]:
    t(math.atan, x)
for x in [math.inf, -math.inf, math.nan]:
    t(math.sin, x); t(math.cos, x); t(math.tan, x)
sp = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
for y in sp:
    for x in sp:
        t(math.atan2, y, x)
t(math.atan2, 3, 4); t(math.atan2, -1, True)
for x in [0, 90, 180, -45, 360.0, 1e308]:
    t(math.radians, x); t(math.degrees, x)
t(math.degrees, 1e307)

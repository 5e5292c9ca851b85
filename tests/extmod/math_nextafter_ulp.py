# nextafter and ulp
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (0.0, -0.0), (-0.0, 0.0),
             (1.7976931348623157e308, math.inf), (math.inf, 0.0), (5e-324, 0.0), (-5e-324, 0.0), (math.nan, 1.0), (1.0, math.nan), (1, 2)]:
    t(math.nextafter, x, y)
for x in [1.0, -1.0, 0.0, -0.0, 5e-324, 1e-310, 2.0**52, 1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 3, 10**20]:
    t(math.ulp, x)

# hyperbolic functions and their inverses
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -3.5, 20.0, 710.0, -710.0, 1e-300, math.inf, -math.inf, math.nan]:
    t(math.sinh, x); t(math.cosh, x); t(math.tanh, x)
for x in [0.0, -0.0, 0.5, 1e300, -1e-20, math.inf, -math.inf, math.nan]:
    t(math.asinh, x)
for x in [1.0, 1.5, 10.0, 1e300, 0.999, 0.0, -1.0, math.inf, math.nan]:
    t(math.acosh, x)
for x in [0.0, -0.0, 0.5, -0.99, 0.9999999999, 1.0, -1.0, 1.5, math.inf, math.nan]:
    t(math.atanh, x)

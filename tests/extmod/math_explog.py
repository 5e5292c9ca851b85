# exp, expm1, exp2, log, log2, log10, log1p
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1e-10, 10.0, 709.0, 710.0, -745.0, -1000.0, math.inf, -math.inf, math.nan]:
    t(math.exp, x); t(math.expm1, x); t(math.exp2, x)
t(math.exp2, 1024); t(math.exp2, 1023.5); t(math.exp2, -1074)
for x in [1.0, 2.0, 10.0, 0.5, 1e-300, 5e-324, 1e308, 0.0, -0.0, -1.0, math.inf, -math.inf, math.nan, 7, 1024, True]:
    t(math.log, x); t(math.log2, x); t(math.log10, x)
for x in [0.0, -0.0, 1e-20, -0.5, 1.0, -1.0, -2.0, 1e300, math.inf, -math.inf, math.nan]:
    t(math.log1p, x)
t(math.log, 8, 2); t(math.log, 100, 10); t(math.log, 2, 1); t(math.log, 2, 0.5); t(math.log, 0, 2); t(math.log, 2, 0)
t(math.log, 10, -1); t(math.log, math.e); t(math.log, 1, 10); t(math.log, 2.5, 1.5)
t(math.log, False); t(math.log, -5)

# erf, erfc, gamma, lgamma
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
def r(f, *a):
    try:
        v = f(*a)
        print(f.__name__, a, '%.12g' % v)
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for x in [0.0, -0.0, 0.1, 0.5, 1.0, -1.0, 2.0, 3.5, 6.0, 30.0, -30.0, math.inf, -math.inf, math.nan]:
    t(math.erf, x); t(math.erfc, x)
for n in range(1, 24):
    print(n, math.gamma(n) == math.factorial(n - 1))
for x in [0.5, 1.5, -0.5, -1.5, 2.5, 10.1, 100.3, 170.5, 1e-10, -1e-10, 0.001]:
    t(math.gamma, x); t(math.lgamma, x)
for x in [0.0, -0.0, -1.0, -2.0, -100.0, 171.7, 200.0, -1e-310, math.inf, -math.inf, math.nan, 1e308]:
    t(math.gamma, x); t(math.lgamma, x)
t(math.lgamma, 1); t(math.lgamma, 2); t(math.lgamma, 1e300)
for x in [0.1, 0.2, 1 / 3, 0.75, 1.25, 2.2, 3.7, 7.5, 10.5, 20.5, 50.5, 100.5, 141.5, 160.3, -3.3, -10.7, -150.5, -180.5, -250.5, 0.9999999999999999, 1.0000000000000002, 2.0000000000000004, 1e-25, -1e-25]:
    t(math.gamma, x); t(math.lgamma, x)

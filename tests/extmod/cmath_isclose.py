# cmath.isclose with rel_tol / abs_tol
import cmath, math
def t(*a, **k):
    try:
        print(a, k, cmath.isclose(*a, **k))
    except Exception as e:
        print(a, k, type(e).__name__, e)
t(1 + 1j, 1 + 1j); t(1 + 1j, 1 + 1.0000000001j); t(1 + 1j, 1 + 1.00001j); t(1j, 1.00001j, rel_tol=1e-4)
t(0j, 1e-10j); t(0j, 1e-10j, abs_tol=1e-9); t(complex(math.inf, 0), complex(math.inf, 0)); t(complex(math.inf, 0), complex(math.inf, 1))
t(complex(math.nan, 0), complex(math.nan, 0)); t(1, 1.0 + 0j); t(1j, -1j, abs_tol=2.0); t(1j, -1j, abs_tol=1.99)
t(1, 1, rel_tol=-1); t(1, 1, abs_tol=-1); t(a=1j, b=1j); t(1j, 2j, rel_tol=0.5)
try:
    cmath.isclose(1j)
except TypeError:
    print('TypeError')
try:
    cmath.isclose(1j, 2j, 0.5)
except TypeError as e:
    print(e)

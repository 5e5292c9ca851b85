# fsum: exact summation with one final rounding
import math
def t(a):
    try:
        print(repr(math.fsum(a)))
    except Exception as e:
        print(type(e).__name__, e)
t([]); t([0.1] * 10); t([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]); t([1, 2**53, 1, -(2**53)])
t([-0.0]); t([-0.0, -0.0]); t([0.0, -0.0]); t([1e308, -1e308, 1e308])
t([2.0**53, 1.0, 2.0**-80]); t([2.0**53, -1.0, -2.0**-80]); t([2.0**53, 1.0]); t([2.0**53, 3.0])
t([1.7976931348623157e308, 1e292]); t([1e308, 1e308]); t([math.inf, 1.0]); t([math.inf, -math.inf]); t([math.inf, math.inf])
t([math.nan, 1.0]); t([math.inf, math.nan]); t(['a']); t([1, True, 0.5]); t(range(10)); t(x / 10 for x in range(11))
t([10**400]); t(5)
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
vals = [(rnd() - 0.5) * 10.0 ** int(rnd() * 40 - 20) for i in range(500)]
t(vals)
t(vals + [-v for v in vals])
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0)

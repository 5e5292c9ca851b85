# hypot with any number of arguments, dist between points
import math
def t(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
t(math.hypot); t(math.hypot, -3); t(math.hypot, 3, 4); t(math.hypot, 1, 1); t(math.hypot, 1, 2, 2); t(math.hypot, 1e308, 1e308)
t(math.hypot, 1e-320, 1e-320); t(math.hypot, 5e-324, 5e-324, 5e-324); t(math.hypot, 0.0, -0.0); t(math.hypot, math.inf, math.nan)
t(math.hypot, math.nan, 1); t(math.hypot, -math.inf, 1); t(math.hypot, 1e200, 1e-200); t(math.hypot, 3, True)
t(math.hypot, *range(100)); t(math.hypot, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8)
t(math.hypot, 1.7976931348623157e308, 1.0); t(math.hypot, 1.7976931348623157e308, 1.7976931348623157e308)
t(math.hypot, 'a')
seed = 99
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
for i in range(40):
    a = [(rnd() - 0.5) * 10 ** int(rnd() * 10 - 5) for j in range(int(rnd() * 5) + 1)]
    print(repr(math.hypot(*a)), repr(math.dist(a, [x / 3 for x in a])))
t(math.dist, (0, 0), (3, 4)); t(math.dist, [1, 2, 3], (4, 6, 8)); t(math.dist, (), ()); t(math.dist, (1,), (5,))
t(math.dist, (1, 2), (1, 2, 3)); t(math.dist, 1, 2); t(math.dist, (1, 'a'), (1, 2)); t(math.dist, iter([1, 2]), [4, 6])
t(math.dist, (math.inf, 0), (1, 2)); t(math.dist, (math.nan, 0), (1, 2))

# gamma and lgamma agree with CPython to the last bit over a wide range
import math
seed = 2024
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
out = []
for i in range(300):
    x = (rnd() - 0.3) * 10 ** (rnd() * 2.6 - 0.5)
    if i % 4 == 0:
        x = round(x * 2) / 2 + (rnd() - 0.5) * 1e-6
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
for x in [1e-30, -1e-30, 5e-324, 141.0, 139.9, 140.1, 171.62, 171.63, -170.5, -200.5, -201.5, 1e10, -1e10 - 0.5]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)

# isqrt: exact integer square roots
import math
def t(n):
    try:
        print(n, math.isqrt(n))
    except Exception as e:
        print(type(e).__name__, e)
for n in list(range(0, 30)) + [99, 100, 101, 2**52, 2**53 + 1, 2**64 - 1, 2**64, 10**30, 10**30 - 1]:
    t(n)
t(True); t(-1); t(2.0); t('4'); t(-(10**30))
for k in [10**50, 2**1000 + 12345, 3**700]:
    r = math.isqrt(k)
    print(r * r <= k < (r + 1) * (r + 1), r % 10**20)
class I:
    def __index__(self):
        return 50
print(math.isqrt(I()))

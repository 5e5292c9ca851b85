# gcd and lcm with any number of int arguments (big ints too)
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
t(math.gcd); t(math.lcm); t(math.gcd, 12); t(math.gcd, -12); t(math.lcm, -12)
t(math.gcd, 12, 18); t(math.gcd, -12, 18); t(math.gcd, 0, 0); t(math.gcd, 0, -5); t(math.gcd, 12, 18, 8); t(math.gcd, 7, 13)
t(math.lcm, 4, 6); t(math.lcm, -4, 6); t(math.lcm, 0, 5); t(math.lcm, 2, 3, 4, 5); t(math.lcm, 1, 1)
t(math.gcd, 2**100 * 3, 2**80 * 9); t(math.lcm, 2**70, 3**50); t(math.gcd, 10**40 + 1, 10**20 + 7)
t(math.gcd, True, 4); t(math.lcm, True, 4)
class I:
    def __index__(self):
        return 30
print(math.gcd(I(), 12), math.lcm(I(), 4))
t(math.gcd, 2.0, 4); t(math.lcm, 4, 2.5); t(math.gcd, '4', 2)
print(math.gcd(*range(0, 1000, 15)), math.lcm(*range(1, 30)))
# edges of the small-int range
for a in [-(2**50), 2**50 - 1, -(2**50) + 1, 2**50, 2**62, -(2**63)]:
    print(math.gcd(a), math.gcd(a, 0), math.gcd(0, a), math.gcd(a, a), math.gcd(a, 2**40), math.lcm(a, 3))

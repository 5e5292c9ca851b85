# logarithms of ints of any size (beyond the float range)
import math
for n in [10**20, 10**308, 10**309, 2**1023, 2**1024, 2**1024 - 1, 3**5000, 10**1000, 7**12345 + 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 3), math.log(n, 10**400))
print(math.log(2**10000, 2), math.log2(2**100000), math.log10(10**2000))
for n in [0, -1, -(10**400)]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(n)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
try:
    math.log1p(10**400)
except OverflowError as e:
    print('log1p', e)
try:
    math.exp(10**400)
except OverflowError as e:
    print('exp', e)
print(math.sqrt(10**300), math.isfinite(10**300))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print('sqrt', e)

# random.getrandbits: range and size of the results for any width
import random

random.seed(7)
print(random.getrandbits(0), type(random.getrandbits(0)).__name__)
for k in [1, 2, 7, 8, 31, 32, 33, 50, 51, 52, 63, 64, 65, 127, 128, 129, 1000]:
    xs = [random.getrandbits(k) for _ in range(300)]
    print(k, all(0 <= x < 2 ** k for x in xs), max(xs).bit_length() == k, len(set(xs)) > (1 if k == 1 else 2))
x = random.getrandbits(100000)
print(0 <= x < 2 ** 100000, x.bit_length() > 99970)
bits = [random.getrandbits(1) for _ in range(4000)]
print(1700 < sum(bits) < 2300)
for bad in [-1, -100]:
    try:
        random.getrandbits(bad)
    except ValueError:
        print('ValueError')
for bad in [1.0, '8', None]:
    try:
        random.getrandbits(bad)
    except TypeError:
        print('TypeError')
for huge in [10**12, 2**40, 10**30]:
    try:
        random.getrandbits(huge)
    except (OverflowError, MemoryError):
        print('too big')

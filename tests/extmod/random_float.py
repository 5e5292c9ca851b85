# random.random and random.uniform: ranges, types, distribution sanity
import random

random.seed(123)
xs = [random.random() for _ in range(20000)]
print(all(0.0 <= x < 1.0 for x in xs), type(xs[0]).__name__)
print(0.49 < sum(xs) / len(xs) < 0.51)
buckets = [0] * 10
for x in xs:
    buckets[int(x * 10)] += 1
print(all(1800 < b < 2200 for b in buckets))
print(len(set(xs)) > 19990)
us = [random.uniform(-2, 3) for _ in range(2000)]
print(all(-2 <= u <= 3 for u in us), min(us) < -1.9, max(us) > 2.9)
us = [random.uniform(5, 1) for _ in range(100)]
print(all(1 <= u <= 5 for u in us))
print(random.uniform(2.5, 2.5), type(random.uniform(1, 2)).__name__)
bs = random.randbytes(16)
print(type(bs).__name__, len(bs), len(random.randbytes(0)))
for bad in [('a', 1), (1, None)]:
    try:
        random.uniform(*bad)
    except TypeError:
        print('TypeError')

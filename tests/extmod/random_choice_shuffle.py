# random.choice and random.shuffle
import random

random.seed(11)
print(sorted(set(random.choice('abc') for _ in range(200))))
print(sorted(set(random.choice([1, 2, 3, 4]) for _ in range(300))))
print(random.choice((9,)), random.choice(range(5, 6)), random.choice(b'z'), random.choice([None]))
print(sorted(set(random.choice(range(0, 100, 10)) for _ in range(500))))
for empty in [[], (), '', range(0)]:
    try:
        random.choice(empty)
    except IndexError:
        print('IndexError')
try:
    random.choice(5)
except TypeError:
    print('TypeError')

l = list(range(50))
random.shuffle(l)
print(sorted(l) == list(range(50)), l != list(range(50)))
l = []
random.shuffle(l)
print(l)
l = [1]
random.shuffle(l)
print(l)
b = bytearray(range(20))
random.shuffle(b)
print(sorted(b) == list(range(20)))
# all 6 permutations of 3 items appear
seen = set()
for _ in range(300):
    l = [1, 2, 3]
    random.shuffle(l)
    seen.add(tuple(l))
print(len(seen))
# first position is uniform
counts = [0] * 4
for _ in range(4000):
    l = [0, 1, 2, 3]
    random.shuffle(l)
    counts[l[0]] += 1
print(all(800 < c < 1200 for c in counts))
for bad in [(1, 2), 'abc', 5]:
    try:
        random.shuffle(bad)
    except TypeError:
        print('TypeError')

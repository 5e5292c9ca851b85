# random.randrange / randint: ranges, steps, big ints, CPython's errors
import random

random.seed(3)
def vals(f, n=600):
    return sorted(set(f() for _ in range(n)))

print(vals(lambda: random.randrange(5)))
print(vals(lambda: random.randrange(1)))
print(vals(lambda: random.randrange(-3, 3)))
print(vals(lambda: random.randrange(0, 20, 5)))
print(vals(lambda: random.randrange(0, 21, 5)))
print(vals(lambda: random.randrange(10, 0, -3)))
print(vals(lambda: random.randrange(-10, -20, -4)))
print(vals(lambda: random.randint(1, 6)))
print(vals(lambda: random.randint(-2, -2)))
print(vals(lambda: random.randrange(start=2, stop=4)))
print(type(random.randrange(10)).__name__, type(random.randint(0, 2 ** 80)).__name__)
big = 2 ** 100
print(vals(lambda: random.randrange(big, big + 3) - big))
print(vals(lambda: random.randint(-big, -big + 2) + big))
print(vals(lambda: random.randrange(0, 4 * big, big) // big))
print(vals(lambda: random.randrange(-big, big, big // 2) // (big // 2)))
xs = [random.randrange(2 ** 130) for _ in range(200)]
print(all(0 <= x < 2 ** 130 for x in xs), max(xs).bit_length() > 125)
xs = [random.randrange(2 ** 62 + 1) for _ in range(200)]
print(all(0 <= x <= 2 ** 62 for x in xs), max(xs) > 2 ** 61)
counts = [0] * 7
for _ in range(7000):
    counts[random.randrange(7)] += 1
print(all(800 < c < 1200 for c in counts))
print(random.randrange(True, 3) in (1, 2))

for args in [(0,), (-5,), (5, 5), (5, 2), (0, 10, -1), (10, 0, 1), (0, 10, 0), (2 ** 70, 2 ** 70)]:
    try:
        random.randrange(*args)
        print('no error')
    except ValueError:
        print('ValueError', args)
for args in [(None,), (10, None, 2)]:
    try:
        random.randrange(*args)
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    random.randint(5, 1)
except ValueError:
    print('ValueError randint')

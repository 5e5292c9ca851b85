# random.Random: independent generators; the module functions share one
# hidden instance; getstate/setstate
import random

r = random.Random(5)
a = [r.random() for _ in range(3)]
r2 = random.Random(5)
print(a == [r2.random() for _ in range(3)])
random.seed(5)
print(a == [random.random() for _ in range(3)])
# independent streams
r1 = random.Random(1)
r2 = random.Random(1)
x1 = [r1.getrandbits(40) for _ in range(5)]
random.seed(99)
random.random()
print(x1 == [r2.getrandbits(40) for _ in range(5)])
r1.seed(7)
r2.seed(7)
print(r1.randrange(10**20) == r2.randrange(10**20))
print(r1.randint(1, 1), r1.choice([3]), len(r1.sample(range(10), 3)), r1.getrandbits(0))
l = list(range(10))
r1.shuffle(l)
print(sorted(l) == list(range(10)))
print(len(r1.choices('ab', k=4)), len(r1.randbytes(5)), 0 <= r1.uniform(0, 1) <= 1)
print(isinstance(r1, random.Random), type(r1).__name__)
# getstate / setstate restore the sequence
st = random.getstate()
x = [random.random() for _ in range(3)] + [random.gauss(0, 1) for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)] + [random.gauss(0, 1) for _ in range(3)])
st = r1.getstate()
y = r1.getrandbits(100)
r1.setstate(st)
print(y == r1.getrandbits(100))
r3 = random.Random()
r3.setstate(st)
print(r3.getrandbits(100) == y)
try:
    random.Random(1, 2)
except TypeError:
    print('TypeError')
try:
    random.Random([1])
except TypeError:
    print('TypeError')

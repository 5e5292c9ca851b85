# list * n, n * list, += with any iterable, *=
l = [1, 2]
print(l * 3, 3 * l, l * 0, l * -5, [] * 100, l * True)
try:
    l * 1.5
except TypeError as e:
    print('TypeError', e)
try:
    l * 'a'
except TypeError as e:
    print('TypeError', e)
try:
    [1] * (2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
m = [[]] * 3
m[0].append(1)
print(m)
a = [1]
b = a
a += (2, 3)
a += 'xy'
a += range(2)
a += {9: 0}
a += (i for i in [7])
print(a, a is b)
try:
    a += 5
except TypeError as e:
    print('TypeError', e)
try:
    a + (1,)
except TypeError as e:
    print('TypeError', e)
print([1] + [2], [] + [])
c = [1, 2]
c *= 2
print(c)
c *= 0
print(c)
d = [1]
d *= -1
print(d)
e = [0, 1]
e += e
print(e)
class I:
    def __index__(self): return 2
print([5] * I())

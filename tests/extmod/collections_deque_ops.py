# deque methods beyond the two ends
from collections import deque

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate()
print(d)
d.rotate(23)
print(d)
d.rotate(0)
print(d)
e = deque()
e.rotate(5)
print(e)
full = deque(range(8))
full.rotate(3)
print(full)
d = deque('abcabc')
print(d.count('a'), d.count('z'), d.index('c'), d.index('a', 1), d.index('b', 2, 5))
try:
    d.index('z')
except ValueError:
    print('ValueError index')
d.remove('b')
print(d)
try:
    d.remove('q')
except ValueError:
    print('ValueError remove')
d.insert(0, 'S')
d.insert(100, 'E')
d.insert(-1, 'M')
d.insert(3, 'X')
print(d)
d.reverse()
print(d)
c = d.copy()
c.append(1)
print(len(d), len(c), c is d)
# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([2, 1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1]) != deque([1]), deque([]) < deque([0]))
# concatenation, repetition, in-place forms
a = deque([1, 2])
b = a
a += [3, 4]
print(a, b is a)
a *= 2
print(a)
print(a + deque('x'), deque([0]) * 3, 2 * deque([5]), deque([1]) * 0)
try:
    a + [1]
except TypeError:
    print('TypeError add')
# extending a deque with itself
s = deque([1, 2])
s.extend(s)
print(s)
s.extendleft(s)
print(s)
# mutation during iteration is detected
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError:
    print('RuntimeError')
print(d)
# self-referencing repr
r = deque([1])
r.append(r)
print(r)

# deque: both ends, len, bool, iteration, indexing, membership, repr
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d))
print(d[0], d[1], d[-1], d[-2], 2 in d, 5 in d, 5 not in d)
print(list(d), tuple(d), [x * 10 for x in d], list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8, 9])
d.extendleft('ab')
print(d)
d[0] = 'B'
d[-1] = 99
print(d)
del d[1]
del d[-1]
print(d, len(d))
d.clear()
print(d, len(d), bool(d))
for meth in (d.pop, d.popleft):
    try:
        meth()
    except IndexError as e:
        print('IndexError', e)
for i in (0, -1, 5):
    try:
        d[i]
    except IndexError:
        print('IndexError index', i)
d = deque(range(5))
try:
    d[10] = 1
except IndexError:
    print('IndexError store')
try:
    d['a']
except TypeError:
    print('TypeError index')
print(deque('hello'), deque((1, 2)), deque({'k': 1}), deque(iterable=[3]))
print(deque(x * x for x in range(4)))
# long runs through growth and wrap-around of the ring
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], sum(d))
for i in range(500):
    d.appendleft(d.pop())
print(len(d), d[0], d[-1], sum(d))
try:
    hash(deque())
except TypeError:
    print('TypeError unhashable')

# bounded deques discard from the opposite end
from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft('L')
print(d)
d.extendleft([10, 11])
print(d)
d.extend(range(100))
print(d, len(d))
print(deque([1, 2, 3, 4, 5], 2), deque(range(10), maxlen=4))
z = deque([1, 2], maxlen=0)
z.append(3)
z.appendleft(4)
print(z, len(z), z.maxlen)
try:
    deque([], -1)
except ValueError:
    print('ValueError')
try:
    deque([], 'x')
except TypeError:
    print('TypeError')
try:
    d.maxlen = 5
except AttributeError:
    print('AttributeError')
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print('IndexError', e)
print(full.copy(), full.copy().maxlen)
print(deque([1, 2, 3], maxlen=5) + deque([4, 5, 6]))
print(deque([1, 2], maxlen=3) * 3)
m = deque([1, 2], maxlen=3)
m *= 2
print(m)
m += [7]
print(m)

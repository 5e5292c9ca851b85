# deque.index(x, start, stop): the bounds are clamped like slice indices
# (huge ints included) and must be ints or have __index__ (not None).
from collections import deque

d = deque([1, 2, 3, 1])


class Idx:
    def __index__(self):
        return 1


bounds = [(), (1,), (-1,), (-2,), (1, -1), (0, 2), (3, 1), (True,),
          (10 ** 30,), (-10 ** 30,), (1, 10 ** 30), (0, -10 ** 30),
          ('a',), (None,), (0, None), (0, 1.5)]
for a in bounds:
    try:
        print(len(a), d.index(1, *a))
    except Exception as e:
        print(len(a), type(e).__name__, e)

print(d.index(1, Idx()))
try:
    d.index(3, 0, Idx())
except ValueError as e:
    print('ValueError', e)
try:
    d.index(1, 0, 1, 2)
except TypeError:
    print('TypeError')

# prod with the start keyword
import math
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=10), math.prod([], start=5), math.prod([], start='x'))
print(math.prod([2, 3], start=0.5), math.prod(iter([1j, 1j])), math.prod([True, True]), math.prod([3, 'ab']))
print(math.prod([[1, 2], 3]), math.prod((x for x in [2] * 70)) == 2**70)
for bad in [5, None]:
    try:
        math.prod(bad)
    except TypeError:
        print('TypeError')
try:
    math.prod(['a', 'b'])
except TypeError:
    print('TypeError str*str')
try:
    math.prod([1], foo=3)
except TypeError:
    print('TypeError kw')
class M:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return M(self.v * (o.v if isinstance(o, M) else o))
    def __rmul__(self, o):
        return M(o * self.v)
print(math.prod([M(2), M(3), 4]).v)

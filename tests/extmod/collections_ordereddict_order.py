# OrderedDict ordering operations and order-sensitive equality
from collections import OrderedDict

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od))
od.move_to_end('b', last=False)
print(''.join(od))
od.move_to_end('e', False)
print(''.join(od))
od.move_to_end('e')
print(''.join(od))
try:
    od.move_to_end('zz')
except KeyError:
    print('KeyError')
print(od.popitem(), ''.join(od))
print(od.popitem(last=False), ''.join(od))
print(od.popitem(False), od.popitem(True), od.popitem(), od)
try:
    od.popitem()
except KeyError:
    print('KeyError empty')
a = OrderedDict([(1, 'x'), (2, 'y')])
b = OrderedDict([(2, 'y'), (1, 'x')])
print(a == b, a != b, dict(a) == dict(b))
print(a == {2: 'y', 1: 'x'}, {2: 'y', 1: 'x'} == a, a != {1: 'x', 2: 'y'})
print(a == OrderedDict([(1, 'x'), (2, 'y')]), a == OrderedDict([(1, 'x'), (2, 'z')]))
print(a == [(1, 'x'), (2, 'y')], a == 5)
# an LRU cache with move_to_end / popitem(last=False)
cache = OrderedDict()
def get(k):
    if k in cache:
        cache.move_to_end(k)
        return cache[k]
    cache[k] = k * k
    if len(cache) > 3:
        cache.popitem(last=False)
    return cache[k]
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    get(k)
    print(list(cache))
# a subclass
class Ordered(OrderedDict):
    def first(self):
        return next(iter(self))
o = Ordered(q=1, r=2)
o.move_to_end('q')
print(o, o.first())

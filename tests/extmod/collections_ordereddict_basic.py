# OrderedDict: a dict subclass keeping insertion order
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od['b'] = 10
print(od)
del od['a']
print(od, 'a' in od, 'b' in od)
od['a'] = 4
print(od)
print(isinstance(od, dict), isinstance(od, OrderedDict), type(od).__name__)
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=1, w=2))
print(OrderedDict({'k': 'v'}), OrderedDict(OrderedDict([(1, 2)])))
print(od.get('a'), od.get('zz', 'dflt'), od.pop('a'), od.setdefault('n', 5), od)
od.update([('u', 1)], v=2)
print(od)
c = od.copy()
c['extra'] = 1
print(type(c).__name__, len(od), len(c))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys([1, 2], 0))
print(list(reversed(OrderedDict([(1, 1), (2, 2), (3, 3)]))))
print(dict(od) == od, sorted(od))
try:
    hash(od)
except TypeError:
    print('TypeError unhashable')
try:
    od['missing']
except KeyError:
    print('KeyError')
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))
x = OrderedDict(a=1)
x |= {'c': 3}
print(x)
# a self-referencing OrderedDict prints ... for the inner reference
r = OrderedDict(a=1)
r['self'] = r
print(r, OrderedDict(x=[r]))

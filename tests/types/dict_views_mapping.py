# dict view attributes and protocols: mapping, isdisjoint, iteration, comparisons with non-sets
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(repr(k.mapping), repr(v.mapping), repr(i.mapping), k.mapping['a'], type(k.mapping).__name__)
try:
    k.mapping['z'] = 1
except TypeError as e:
    print('TypeError', e)
d['c'] = 3
print(repr(k.mapping), len(k.mapping))
print(k.isdisjoint(['x']), k.isdisjoint('ab'), i.isdisjoint([('a', 1)]), i.isdisjoint([('a', 2)]), k.isdisjoint(iter(['c'])))
print(k == ['a', 'b', 'c'], k == ('a', 'b', 'c'), list(k) == ['a', 'b', 'c'], v == [1, 2, 3], i == [('a', 1)])
print(sorted(k), sorted(v), sorted(i), max(k), min(v), sum(v), 'a' in k, 3 in v, ('c', 3) in i)
print(list(zip(k, v)), dict(i), dict(zip(v, k)), set(k) == set('abc'), tuple(i)[0])
try:
    k[0]
except TypeError as e:
    print('TypeError', e)
for view in (k, v, i):
    it = iter(view)
    print(type(it).__name__, next(it), list(it))
print(bool({}.keys()), bool(k), len(v), len({}.items()))
e = {}
ek = e.keys()
e.update(x=1)
print(ek, list(ek), 'x' in ek)
print({1: 2}.keys() | {3: 4}.keys(), {1: 2}.items() | {3: 4}.items())

# defaultdict creates missing values with its factory
from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(sorted(d.items()), d.default_factory is list)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
print(isinstance(c, dict), 'z' in c, c.get('z'), len(c))
n = defaultdict()
try:
    n['x']
except KeyError:
    print('KeyError')
e = defaultdict(lambda: 'dflt', {'k': 1})
print(e['k'], e['q'], sorted(e))
print(repr(defaultdict(int, {'a': 1})))
try:
    defaultdict(5)
except TypeError:
    print('TypeError')
g = defaultdict(set)
g['x'].add(1)
h = g.copy()
h['x'].add(2)
print(type(h).__name__, h.default_factory is set, sorted(g['x']))

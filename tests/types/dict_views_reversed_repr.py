# reversed(dict) and reversed views, view repr, live views
d = {'b': 1, 'a': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys(), d.values(), d.items())
print(repr({}.keys()), str({}.values()), {}.items())
k, v, it = d.keys(), d.values(), d.items()
d['z'] = 0
del d['b']
print(k, v, it, len(k), 'z' in k, 'b' in k)
d.clear()
print(k, v, it, list(k))
print(type(k).__name__, type(v).__name__, type(it).__name__)
r = reversed({1: 2, 3: 4})
print(type(r).__name__, next(r), next(r))
try:
    next(r)
except StopIteration:
    print('StopIteration')
d = {1: 1, 2: 2}
r = reversed(d)
d[3] = 3
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
d = {}
d['s'] = d.keys()
print(d)
e = {1: 'a'}
e[2] = e.values()
print(e)
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
print(list(reversed({})), list(reversed({}.items())))
it = iter({1: 'a', 2: 'b'}.items())
print(next(it), list(it))

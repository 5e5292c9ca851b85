# dict.fromkeys and dict.setdefault
print(dict.fromkeys('abca'), dict.fromkeys([1, 2], 0), dict.fromkeys(()), dict.fromkeys(range(3), []))
d = dict.fromkeys('xy', [])
d['x'].append(1)
print(d)
print({}.fromkeys([1]), dict.fromkeys({3: 'a', 1: 'b'}))
class D(dict):
    pass
dd = D.fromkeys([1, 2], 'v')
print(type(dd).__name__, dd)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print('TypeError', e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print('TypeError', e)
try:
    dict.fromkeys()
except TypeError:
    print('TypeError no args')
d = {}
print(d.setdefault('a'), d)
print(d.setdefault('a', 5), d)
print(d.setdefault('b', 5), d)
print(d.setdefault(1, []), d.setdefault(1.0, 'x'), d.setdefault(True, 'y'), d)
try:
    d.setdefault([], 1)
except TypeError as e:
    print('TypeError', e)
try:
    d.setdefault()
except TypeError:
    print('TypeError arity')
groups = {}
for w in 'apple avocado banana blueberry cherry'.split():
    groups.setdefault(w[0], []).append(w)
print(groups)

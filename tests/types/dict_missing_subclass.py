# dict subclasses: __missing__, overridden methods, constructors
class DD(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = DD(a=1)
print(d['a'], d['xyz'], d, d.get('nope'), 'nope' in d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
class Up(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Up()
u['a'] = 1
u.update(b=2)
print(u, type(u).__name__, isinstance(u, dict), u == {'A': 1, 'b': 2})
class Cnt(dict):
    def __missing__(self, k):
        return 0
c = Cnt()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['zz'], len(c))
print(type(c.copy()).__name__, type(Cnt.fromkeys('ab')).__name__, type(c | {}).__name__)
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=1, a=2)
print(list(o), o.keys(), dict(o), {**o})
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError', e)
class Bad(dict):
    def __missing__(self, k):
        raise ValueError('missing ' + k)
try:
    Bad()['q']
except ValueError as e:
    print('ValueError', e)

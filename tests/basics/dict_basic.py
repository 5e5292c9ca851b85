# dict operations
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0))
print('a' in d, 'z' in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d['a'] = 10
print(d)
del d['b']
print(d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
print(d.setdefault('n', []), d)
d.setdefault('n', []).append(5)
print(d)
d.update({'x': 1}, y=2)
d.update([('w', 0)])
print(sorted(d.items()))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'q': 1}, r=2))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
c = d.copy(); c.clear(); print(c, len(d))
try:
    d['missing']
except KeyError as e:
    print("KeyError", e.args)
k, v = d.popitem()
print(k, v)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 2} != {1: 3})
print({(1, 2): 'tuple key', 3.5: 'float', None: 0, True: 't'})
keys = {}
keys[1] = 'int'; keys[1.0] = 'float'; keys[True] = 'bool'
print(keys)
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
try:
    {[]: 1}
except TypeError:
    print("TypeError unhashable")
e = {}
for w in "a b a c b a".split():
    e[w] = e.get(w, 0) + 1
print(e)

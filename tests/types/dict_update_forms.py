# dict.update / dict() with dicts, pairs, kwargs, mappings; errors
d = {'a': 1}
d.update({'b': 2}, c=3)
print(d)
d.update([('d', 4), ['e', 5], 'fg', b'hi'])
print(d)
d.update(a=10)
print(d)
d.update()
d.update(())
print(d)
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d)
print(dict(M()), dict([(1, 2)], x=1), dict({'a': 1}, a=2), dict(a=1, b=2), dict(zip('ab', 'cd')))
for bad in ([1], ['abc'], [('a',)], [(1, 2, 3)], 5, [5]):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict([(1, 2), (3,)])
except ValueError as e:
    print('ValueError', e)
try:
    {}.update({}, {})
except TypeError:
    print('TypeError 2 positional')
try:
    dict({}, {})
except TypeError:
    print('TypeError dict 2 positional')
try:
    {}.update([([], 1)])
except TypeError as e:
    print('TypeError', e)
d = {1: 1}
d.update(d)
print(d)
d.update(iter([(2, 2)]))
print(d)
print(dict(**{'x': 1}, y=2), dict({1: 2}, **{'z': 3}))

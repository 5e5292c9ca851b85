# dict.get, copy, clear, len, in, del, equality
d = {'a': 1, 2: 'b', (1, 2): None, 3.5: [], frozenset([1]): 'fs'}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get((1, 2), 'dflt'), d.get(frozenset({1})))
try:
    d.get([])
except TypeError as e:
    print('TypeError', e)
try:
    d.get()
except TypeError:
    print('TypeError arity')
c = d.copy()
print(c == d, c is d, c[3.5] is d[3.5])
c.clear()
print(c, len(c), len(d))
print('a' in d, 'z' in d, (1, 2) in d, 2.0 in d, [] in [] )
try:
    [] in d
except TypeError as e:
    print('TypeError', e)
del d['a']
try:
    del d['a']
except KeyError as e:
    print('KeyError', e)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
try:
    d[(1, 'x')]
except KeyError as e:
    print('KeyError', e)
print({1: 2} == {1: 2.0}, {1: 2} == {2: 1}, {} == {}, {1: 2} != {1: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
for op in ('<', '<=', '>', '>='):
    try:
        eval('{} %s {}' % op)
    except TypeError as e:
        print('TypeError', e)
print(dict() == {}, bool({}), bool({0: 0}))
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
print({1: 'a', True: 'b', 1.0: 'c'})
print({0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'})

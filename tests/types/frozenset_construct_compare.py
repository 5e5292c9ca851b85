# frozenset construction, immutability, comparisons and use as keys
f = frozenset('abracadabra')
print(sorted(f), len(f), frozenset(f) is f, frozenset() is frozenset(), frozenset([]) == frozenset(()))
print(frozenset(range(3)) == frozenset([0, 1, 2]), frozenset([1]) == {1}, frozenset([1]) != {1, 2})
print(frozenset([1]) < frozenset([1, 2]), frozenset([1, 2]) <= {1, 2}, {1, 2, 3} > frozenset([1]), frozenset() >= set())
for name in ('add', 'discard', 'remove', 'pop', 'clear', 'update', '__ior__'):
    print(name, hasattr(f, name))
try:
    f.add('z')
except AttributeError as e:
    print('AttributeError', e)
try:
    frozenset([[]])
except TypeError as e:
    print('TypeError', e)
g = f
g |= {'z'}
print(g is f, 'z' in g, 'z' in f, type(g).__name__)
d = {frozenset('ab'): 1, frozenset('ba'): 2, frozenset(): 0}
print(len(d), d[frozenset(['a', 'b'])], d[frozenset()])
print(sorted(map(sorted, {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])})))
print(frozenset({1: 'a', 2: 'b'}) == {1, 2}, frozenset(x % 3 for x in range(10)) == {0, 1, 2})
print(hash(frozenset()) == hash(frozenset(set())), hash(frozenset([1, 2])) == hash(frozenset({2: 0, 1: 0})))

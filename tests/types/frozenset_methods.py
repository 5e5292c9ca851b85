# frozenset methods and their result types
f = frozenset('abc')
print(sorted(f.union('d')), sorted(f.intersection('bcx')), sorted(f.difference('a')), sorted(f.symmetric_difference('cd')))
print(f.issubset('abcd'), f.issuperset('ab'), f.isdisjoint('xyz'), f.copy() is f)
for m in ('union', 'intersection', 'difference', 'symmetric_difference', 'copy'):
    r = getattr(f, m)('a') if m != 'copy' else f.copy()
    print(m, type(r).__name__)
for m in ('add', 'remove', 'discard', 'pop', 'clear', 'update'):
    print(m, hasattr(f, m))
print(len(f), 'a' in f, 'z' in f, bool(frozenset()), bool(f))
print(frozenset(range(3)) == {0, 1, 2}, frozenset() == set())
try:
    f.foo
except AttributeError as e:
    print('AttributeError', e)
print(sorted(frozenset([3, 1, 2])), min(f), max(f), sum(frozenset([1, 2, 3])))

# set methods accept any iterables; operators need sets
s = set()
s.update('ab', [1], (2,), {3: 'x'}, {4}, frozenset([5]), range(6, 8), (x for x in [9]), b'\x0a', {}.keys(), {'k': 0}.values())
print(sorted(s, key=repr))
s2 = {1, 2, 3, 'a'}
print(sorted(s2.intersection('abc', ['a', 1]), key=repr), sorted(s2.difference(range(3), 'x'), key=repr))
print(s2.issubset(s), s2.issuperset('a'), s2.isdisjoint(range(100, 200)), s2 <= s)
for bad in (1, None, 1.5):
    for m in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
        try:
            getattr(set(), m)(bad)
        except TypeError as e:
            print(m, 'TypeError', e)
s3 = {1, 2}
s3.intersection_update({1: 'x'}.keys())
print(s3)
s3.symmetric_difference_update(iter([1, 5]))
print(s3)
d = {1: 'a', 2: 'b'}
print(sorted(set(d) | set(d.values()), key=repr), sorted(d.keys() | d.values(), key=repr))
print(set('hello') == set('olleh'), frozenset('abc') <= set('abcd'), set().union(*[[1], [2], [3]]))

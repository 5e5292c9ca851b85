# frozensets as set members and dict keys
a = frozenset([1, 2])
b = frozenset([2, 1])
print(a == b, hash(a) == hash(b), a is b)
s = {a, b, frozenset(), frozenset([3])}
print(len(s), frozenset() in s, frozenset([2, 1]) in s, {1, 2} in s)
d = {a: 'ab', frozenset(): 'empty'}
print(d[frozenset([1, 2])], d[frozenset()], d.get(frozenset([9])))
print(d[frozenset({2, 1})])
try:
    d.get({1, 2})
except TypeError as e:
    print('TypeError', e)
print({1, 2} in {a}, {5} in {a})
power = {frozenset()}
for x in (1, 2, 3):
    power |= {p | {x} for p in power}
print(len(power), sorted(sorted(p) for p in power))
nested = frozenset([frozenset([1]), frozenset([frozenset([2])])])
print(frozenset([frozenset([2])]) in nested, len(nested))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2, 3])) == hash(frozenset((3, 2, 1))))
print(hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))
print(set([1, 2]) == frozenset([1, 2]), {frozenset([1]): 1} == {frozenset([1]): 1})

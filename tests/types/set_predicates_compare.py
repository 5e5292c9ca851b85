# isdisjoint/issubset/issuperset and comparisons
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a.issubset(b), b.issubset(a), a.issubset(a), set().issubset(a), a.issubset([1, 2, 5]), a.issubset('ab'))
print(b.issuperset(a), a.issuperset(b), a.issuperset([]), a.issuperset(x for x in [1]))
print(a.isdisjoint(c), a.isdisjoint(b), set().isdisjoint(set()), a.isdisjoint([3, 4]), a.isdisjoint(iter([2])))
print(a < b, a <= b, b < b, b <= b, b > a, b >= a, a > a, a >= a, a < c, c < a, a == c)
print(frozenset(a) < b, a < frozenset(b), frozenset(a) == a, a == frozenset([1, 2]))
for other in ([1, 2, 3], (1,), 5, 'ab'):
    for op in ('<', '<=', '>', '>='):
        try:
            print(op, type(other).__name__, eval('a %s other' % op))
        except TypeError as e:
            print(op, type(other).__name__, 'TypeError', e)
    print('==', a == other, a != other)
print(sorted([{3}, {1, 2}, {1}], key=len))
print(set() == frozenset(), {1} != {1.0}, {0} == {False})
print(max({1, 2}, {1, 2, 3}, key=len))

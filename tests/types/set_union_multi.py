# set.union / intersection / difference / symmetric_difference with many args
s = {1, 2, 3}
print(sorted(s.union()), sorted(s.union([4], (5,), 'a', {6: 0}, range(7, 9)), key=str))
print(sorted(s.intersection()), sorted(s.intersection([1, 2, 9], (2, 1), {2: 0, 1: 0})), sorted(s.intersection([], [1])))
print(sorted(s.difference()), sorted(s.difference([1], (2,))), sorted(s.difference(range(100))))
print(sorted(s.symmetric_difference([3, 4])), sorted(s.symmetric_difference('ab'), key=str))
try:
    s.symmetric_difference([1], [2])
except TypeError:
    print('TypeError symdiff arity')
try:
    s.symmetric_difference()
except TypeError:
    print('TypeError symdiff none')
print(s.union() is s, s.copy() is s, s)
for meth in ('union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'):
    try:
        getattr(s, meth)(5)
    except TypeError as e:
        print(meth, 'TypeError', e)
try:
    s.union([[1]])
except TypeError as e:
    print('TypeError', e)
print(sorted(set.union({1}, {2}, {3})), sorted(set.intersection({1, 2}, {2, 3}, {2, 4})))
fs = frozenset([1, 2])
r = fs.union([3])
print(type(r).__name__, sorted(r), type(s.union(fs)).__name__, type(fs.intersection(s)).__name__)
print(sorted(s.intersection(x for x in range(2, 10))))

# set operators work only between sets/frozensets; result types
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
f = frozenset([3, 5])
for r in (a | f, f | a, a & f, f & a, a - f, f - a, a ^ f, f ^ a):
    print(type(r).__name__, sorted(r))
for op in ('|', '&', '-', '^'):
    for other in ([1], (1,), 'a', {1: 2}.keys(), 5):
        try:
            r = eval('a %s other' % op)
            print(op, type(other).__name__, 'ok', sorted(r))
        except TypeError as e:
            print(op, type(other).__name__, 'TypeError', e)
try:
    [1] | a
except TypeError as e:
    print('TypeError', e)
print(sorted({1}.keys() if hasattr({1}, 'keys') else {1}))
try:
    a + b
except TypeError as e:
    print('TypeError', e)
try:
    a * 2
except TypeError as e:
    print('TypeError', e)
print(sorted(set() | set()), set() & {1}, frozenset() | frozenset())

# in-place set operators and update methods
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {2}
s ^= {1, 9}
print(sorted(s), s is t)
for op in ('|=', '&=', '-=', '^='):
    s = {1, 2}
    try:
        exec('s %s [1, 3]' % op)
    except TypeError as e:
        print(op, 'TypeError', e)
s = {1, 2, 3, 4}
s.update([5], (6,), 'a')
print(sorted(s, key=str))
s.intersection_update(range(10), [1, 2, 3, 5, 6])
print(sorted(s))
s.difference_update([1], {2})
print(sorted(s))
s.symmetric_difference_update([3, 7])
print(sorted(s))
s.update()
s.intersection_update()
s.difference_update()
print(sorted(s))
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), type(f).__name__, f is g, sorted(g))
f -= {1}
print(sorted(f))
try:
    frozenset().add(1)
except AttributeError as e:
    print('AttributeError', e)
s = {1, 2}
s |= s
s &= s
print(sorted(s))
s -= s
print(s)
s = {1, 2}
s ^= s
print(s)
s = set(range(5))
s.difference_update(s)
print(s)

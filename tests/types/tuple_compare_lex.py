# tuple comparisons
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2.0))
print((1, 'a') < (2, 1), (1, (2, 3)) < (1, (2, 4)))
for a, b in (((1, 'a'), (1, 2)), ((1,), [1]), ((1,), 1), ((None,), (None,))):
    for op in ('==', '!=', '<', '>='):
        try:
            print(a, op, b, eval('a %s b' % op))
        except TypeError as e:
            print(a, op, b, 'TypeError', e)
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,), t < t, t <= t)
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min((3, 1), (3,)))
print(sorted([(2, 'a'), (1, 'b'), (2, 'A'), (1,)]))

# iteration and membership over ranges with bool, __index__ and float probes
r = range(-3, 10, 4)
print(list(r), [x in r for x in (-3, 1, 5, 9, 10, -7, True, False, 1.0, 5.0, 5.5)])
class I:
    def __index__(self): return 2
r2 = range(I(), 10, I())
print(r2, list(r2), I() in r2)
it = iter(range(3))
print(next(it), list(it), next(it, 'done'))
print([i * j for i in range(3) for j in range(i)])
print(sum(range(-10**6, 10**6 + 1)), max(range(5, -5, -1)), min(range(5, -5, -1)), sorted(range(3, 0, -1)))
print(list(map(lambda x: x * 2, range(4))), list(zip(range(3), range(10, 0, -3))), dict(zip(range(2), 'ab')))
print(tuple(range(0, -6, -2)), set(range(3)) == {0, 1, 2}, list(enumerate(range(3, 6))))
for bad in (1.5, '3', None):
    try:
        range(bad)
    except TypeError as e:
        print('TypeError', e)
print(range(10)[range(10).index(7)], range(10).count(10))
x = range(5)
print(x[2:][1:][::-1], list(x[::-2][::-1]))

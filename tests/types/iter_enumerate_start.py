# enumerate with start (positional and keyword), huge and negative starts
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([], 10)), list(enumerate(range(3), start=2**70)))
print(list(enumerate('ab', 2**62 - 1)))
print(list(enumerate(iterable='xy', start=3)))
e = enumerate('xyz')
print(type(e).__name__, next(e), next(e), list(e), list(e))
for bad in ((1,), ('ab', 'x'), ('ab', 1.5)):
    try:
        enumerate(*bad)
    except TypeError as ex:
        print('TypeError', len(bad))
try:
    enumerate()
except TypeError:
    print('TypeError no args')
try:
    enumerate('a', foo=1)
except TypeError:
    print('TypeError kw')
class I:
    def __index__(self): return 7
print(list(enumerate('a', I())), list(enumerate('a', True)))
print(dict(enumerate('abc')), [i * c for i, c in enumerate('abc')])
e = enumerate(x for x in [10, 20])
print(iter(e) is e, list(e))

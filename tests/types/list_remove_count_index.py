# list.remove, list.count and list.index with start/stop
l = [1, 2, 3, 2, 1, 2.0, True, 'a', (1,), None]
print(l.count(1), l.count(2), l.count('a'), l.count(None), l.count(99), l.count((1,)))
print(l.index(2), l.index(2, 2), l.index(2, -5), l.index(1, 1))
print(l.index(2, 0, 2))
for args in ((2, 6), (2, 4, 3), (2, -1), (99,), (1, 100), (2, 2**70), (2, -2**70, 2)):
    try:
        print(args, l.index(*args))
    except ValueError as e:
        print(args, 'ValueError', e)
print(l.index(2, -2**70))
l.remove(2)
print(l)
l.remove(2.0)
print(l)
l.remove(True)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    [].remove(None)
except ValueError as e:
    print('ValueError', e)
try:
    l.index(1, 'x')
except TypeError:
    print('TypeError')
class Eq:
    def __eq__(self, o):
        return o == 3
print([1, 2, 3].index(Eq()), [3, 3, 1].count(Eq()))
nan = float('nan')
print([nan].count(nan), [nan].index(nan))

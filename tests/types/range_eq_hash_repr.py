# range equality, hashing, repr, attributes, errors
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 5), range(3) != range(4))
print(range(0, 3, 1) == range(3), range(10)[::2] == range(0, 10, 2), range(1) == [0], range(1) == (0,))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 9, 2)) == hash(range(0, 10, 2)))
d = {range(3): 'r'}
print(d[range(0, 3)])
for r in (range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), range(-2**70, 2**70, 7)):
    print(repr(r), r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
for args in ((), (1.0,), ('1',), (1, 2, 3, 4), (None,)):
    try:
        range(*args)
    except TypeError as e:
        print('TypeError', len(args))
try:
    range(stop=3)
except TypeError:
    print('TypeError kw')
class I:
    def __index__(self): return 4
r = range(I())
print(r, r.stop, type(r.stop).__name__)
try:
    r.start = 1
except AttributeError:
    print('AttributeError')
print(range(3) < range(4) if False else 'no order')
try:
    range(3) < range(4)
except TypeError as e:
    print('TypeError', e)
print(bool(range(0)), bool(range(1)), type(range(1)).__name__)

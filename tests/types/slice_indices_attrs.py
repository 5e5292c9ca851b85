# slice objects: attributes, indices(), repr, equality, hashing
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', [1], None))
for sl in (slice(None), slice(1, None), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3), slice(10, -10, -4), slice(2**70, None), slice(None, -2**70, -1)):
    for n in (0, 1, 5, 10):
        print(sl, n, sl.indices(n))
for bad in (-1, 'a', 1.5):
    try:
        slice(1).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1.5).indices(5)
except TypeError as e:
    print('TypeError', e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) != slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 3))
try:
    hash(slice(1))
except TypeError as e:
    print('TypeError', e)
try:
    slice()
except TypeError:
    print('TypeError no args')
try:
    slice(1, 2, 3, 4)
except TypeError:
    print('TypeError 4 args')
try:
    s.start = 3
except AttributeError:
    print('AttributeError')
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[:, 1], r[1:2, ::3], r[...], r[::-1])
class I:
    def __index__(self): return 3
print(slice(I(), None).indices(10), list(range(10))[slice(I())])

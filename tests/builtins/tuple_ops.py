# tuple: construction, slicing, comparison, hashing, methods
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(tuple([1, 2]), tuple("ab"), tuple(), (1, 2) + (3,), (1,) * 3, (1, 2)[::-1], (1, 2, 3)[1:], ())
tp = tuple(range(10))
print(tp[::3], tp[-1:2:-2], tp[100:], tp[::-100], tp[5:5], tp[slice(2, None, 4)])
t(lambda: (1,) + [2])
t(lambda: (1, 2)[5])
t(lambda: (1, 2)[::0])
key = "x"
t(lambda: (1, 2)[key])
print((1, 2, 3).index(2), (1, 2, 2).count(2), (1, (2, 3)) < (1, (2, 4)), hash((1, 2)) == hash((1, 2)))
print((1, 2, 3, 2).index(2, 2), (1, 2, 3).index(3, -1), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) >= (1, 2))
t((1,).index, 5)
t((1, 2).index, 2, 0, 1)
t(hash, (1, [2]))
print(hash(()) == hash(()), (1,) == (1.0,), repr((1,)), repr(()), str((1, "a")), (1, 2) != (1, 2))
print(hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))), hash((1, 2)) != hash((2, 1)))
print(hash((1,)) == hash((1.0,)), hash((True,)) == hash((1,)), {(1, 2): "a"}[(1, 2)])
t(lambda: (1,) < ("a",))
t(lambda: () < [])
t(tuple, 5)
t(tuple, [1], [2])
t(lambda: (1,) * 1.5)
a = (1, [2])
t(a.__setitem__ if hasattr(a, "__setitem__") else lambda: a.__class__.__setitem__, 0, 5)
try:
    a[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(a)
try:
    del a[0]
except TypeError as e:
    print("TypeError", e)
print((1, 2) * 0, (1, 2) * -5, 0 * (1,), (1,) * True)
x, *y = (1, 2, 3)
print(x, y, tuple(y), len(()), bool(()), bool((0,)))
print(max((3, 1)), min((3, 1)), sum((1, 2)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
class T(tuple):
    pass
tt = T((1, 2))
print(tt, type(tt).__name__, tt + (3,), type(tt + (3,)).__name__, tt == (1, 2), tt[0], type(tt[:1]).__name__)
print(tuple(tt) is tt, tuple((1, 2)), len(((1, 2),)))

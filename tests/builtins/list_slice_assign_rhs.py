# list slice assignment from every kind of iterable, with growth, shrink and extended slices
def fresh():
    return list(range(6))
for rhs in [(9, 8), "xy", {"k": 1, "j": 2}, range(3), b"ab", bytearray(b"c"), (x * 10 for x in range(2)), iter([7]), {5}, frozenset([4]), [], "", {1: 2}.values(), {1: 2}.items(), zip("ab", "cd"), map(str, [1]), reversed([1, 2])]:
    l = fresh()
    l[1:3] = rhs
    print(type(rhs).__name__, l)
l = fresh(); l[::2] = "abc"; print(l)
l = fresh(); l[::-2] = range(3); print(l)
l = fresh(); l[4:1:-1] = (x for x in "pqr"); print(l)
l = fresh(); l[:] = l[::-1]; print(l)
l = fresh(); l[2:] = l; print(l)
l = fresh(); l[:0] = "ab"; print(l)
l = fresh(); l[100:] = [1]; print(l)
l = fresh(); l[-100:-99] = [1]; print(l)
l = fresh(); l[3:3] = []; print(l)
for bad in [5, None, 1.5, object()]:
    l = fresh()
    try:
        l[1:2] = bad
    except TypeError as e:
        print("TypeError", e)
    try:
        l[::2] = bad
    except TypeError as e:
        print("TypeError", e)
for n in [0, 2, 4]:
    l = fresh()
    try:
        l[::2] = [0] * n
        print(l)
    except ValueError as e:
        print("ValueError", e)
def gen_raises():
    yield 1
    raise KeyError("mid")
l = fresh()
try:
    l[1:2] = gen_raises()
except KeyError:
    print("KeyError", l)

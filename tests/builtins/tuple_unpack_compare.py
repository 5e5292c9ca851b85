# tuple packing/unpacking, starred targets, comparison chains, tuple() copying
t = 1, 2, 3
a, *b = t
*c, d = t
e, *f, g = t
print(t, a, b, c, d, e, f, g, type(b).__name__)
(h, (i, j)), k = (1, (2, 3)), 4
print(h, i, j, k)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=" ")
print()
u = ()
v = (5,)
print(u, v, len(v), v * 0, (1, 2) == (1, 2), (1, 2) < (1, 3) < (2,), (1,) < (1, 0), () < (0,), (1, "a") < (1, "b"))
w = tuple(t)
print(w is t, tuple([1]) == (1,), tuple(range(3)), tuple("ab"), tuple({1: 2}), tuple(x for x in "q"))
try:
    a, b = (1, 2, 3)
except ValueError as ex:
    print("ValueError", ex)
try:
    a, b, c, d = (1, 2)
except ValueError as ex:
    print("ValueError", ex)
try:
    (1, 2) < (1, "a")
except TypeError as ex:
    print("TypeError", ex)
print(max([(2, "a"), (2, "b"), (1, "z")]), sorted([(1, 2), (1,), (0, 5)]), (1, 2) + (3,) * 2, (0,) * 3)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash(nested) == hash(((1, 2), (3, (4, 5)))), nested.count((1, 2)), nested.index((3, (4, 5))))

# tuple operations
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.index(3), 3 in t, 5 in t)
print(t + (4,), t * 2, (0,) * 3, () + ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(3)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)])
a, b, c = (1, 2, 3)
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 5
except TypeError:
    print("TypeError immutable")
try:
    t.index(99)
except ValueError:
    print("ValueError")
print(max((3, 8, 1)), min((3, 8, 1)), sum((3, 8, 1)), sorted((3, 8, 1)))
l = [1]
tl = (l, 2)
l.append(3)
print(tl)
print(repr((1,)), repr(()), str((1, 'a')))
print(tuple(x * 2 for x in range(3)))
print(len(((), (), ())))

# iteration/repr order of sets of ints, tuples and frozensets matches CPython
print({3, 1, 2}, {5, 3, 1, 100, 33, -1}, {-1, -2, 8, 16, 32}, set(range(20, 0, -3)))
s = set()
for i in (7, 15, 23, 31, 1, 9):
    s.add(i)
print(s)
s.discard(15); s.add(39); print(s)
print({(1, 2), (3, 4), (0, 0)}, {1.5, 2.5, 0.5}, {True, 2, 0.0}, frozenset({10, 20, 30, 40, 50, 60, 70, 80, 90}))
print(set(range(100)) - set(range(5, 95)), {x * 37 % 101 for x in range(12)})
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
print(a & {9, 8, 7, 100}, a | {100, 50}, a ^ {1, 200}, {2**40, 2**41, 3}, {-5, 5, -10, 10})
print({(i, -i) for i in range(6)}, {frozenset([1]), frozenset([2]), frozenset()})
print({2**65, 1}, {-1, -2}, {0, -0.0, False})

# set operations
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(4); s.add(1)
print(sorted(s))
s.discard(10); s.discard(4); s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError remove")
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint({2}))
c = set("mississippi")
print(sorted(c), len(c))
c.update("xyz", [1])
print(len(c))
c.intersection_update("sxy")
print(sorted(c))
c.difference_update({"x"})
print(sorted(c))
c.symmetric_difference_update({"s", "q"})
print(sorted(c))
print(set(), len(set()), set() == set(), {1} == {1.0})
f = frozenset([1, 2, 2])
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset([2, 1])))
print({f: 1}[frozenset({1, 2})])
e = {1, 2}
p = e.pop()
print(len(e), p in (1, 2))
t = {1, 2, 3}
t -= {1}; t |= {9}; t &= {2, 9, 7}; t ^= {2, 5}
print(sorted(t))
print(sorted({x % 4 for x in range(20)}))
print({1, 2}.copy() == {1, 2})

# sets of user objects with __hash__/__eq__, frozenset as keys and elements, set comprehension
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s, sorted(s, key=lambda p: (p.x, p.y)))
s.discard(P(2, 1)); print(s)
fs = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(fs), frozenset([2, 1]) in fs, sorted(map(sorted, fs)))
graph = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(graph[frozenset({"b", "a"})], frozenset({"c", "b"}) in graph)
print({x % 3 for x in range(10)}, {c for c in "hello"} == set("helo"), {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(sorted(a), sorted(b), a < b, b > a, a.issubset(b), a == b - {4}, a.isdisjoint({5}), a.isdisjoint({3}))
print(sorted(a.union(b, [9]) - a.intersection(b)), sorted(a ^ b), sorted(set("abc") & set("bcd")), sorted(set(range(5)) - set(range(0, 5, 2))))
print(set() == frozenset(), {1} != {1.0}, {0, False} == {False}, len({0, False, 0.0}), len({1, True, 1.0, 1 + 0j}))
print(sorted({-1, -2, 5, 3}), min({"b", "a"}), sum(set(range(10))), bool(set()), bool({None}))

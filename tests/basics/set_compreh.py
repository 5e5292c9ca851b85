# set comprehensions and frozensets
s = {x % 5 for x in range(100)}
print(sorted(s), type(s).__name__)
print(sorted({c.lower() for c in "AbBa"}))
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
print(sorted({len(w) for w in words if "e" in w}))
f = frozenset(x * 2 for x in range(4))
print(sorted(f), 4 in f, 5 in f)
print(sorted(f | {100}), type(f | {100}).__name__, type({100} | f).__name__)
print(sorted(frozenset("abc") & set("bcd")))
print(frozenset() == set(), frozenset([1]) == {1})
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))

# frozenset: immutability, hashing, algebra with sets, methods returning frozensets
f = frozenset("abcb")
print(sorted(f), len(f), "a" in f, "z" not in f, type(f).__name__, hash(f) == hash(frozenset("cba")))
print(sorted(f | {"x"}), type(f | {"x"}).__name__, type({"x"} | f).__name__, type(f & set("ab")).__name__, type(f.union("q")).__name__)
print(sorted(f.difference("a")), sorted(f.symmetric_difference("az")), sorted(f.intersection("bcz", "cb")), f.issuperset("ab"), f.issubset("abcd"))
print(f == set("abc"), f != {"a"}, f < set("abcd"), f <= f, f > frozenset(), f.isdisjoint("xyz"), f.copy() is f or f.copy() == f)
for name in ["add", "remove", "discard", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    print(name, hasattr(f, name))
try:
    f.add("q")
except AttributeError as e:
    print("AttributeError", e)
g = f
g |= {"new"}
print(sorted(g), sorted(f), g is f)
print(frozenset() == frozenset(), frozenset() is not None, frozenset([]) == set(), hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], {frozenset([1]): 1} == {frozenset({1}): 1})
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested))
print(repr(frozenset()), repr(frozenset([1])), str(frozenset([2])), frozenset(range(3)) == frozenset({0, 1, 2}))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(type(fs).__name__, sorted(fs), fs == {1, 2}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([1, 2])))

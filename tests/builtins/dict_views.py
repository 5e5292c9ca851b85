# dict views: membership, set operations, reversal, liveness
d = {"a": 1, "b": 2, "c": 3}
k = d.keys(); v = d.values(); i = d.items()
print(k, v, i, len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, ["a"] in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted(k | ["x"]))
print(sorted(i & {("a", 1)}), sorted(i - {("a", 1)}), k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a"}, k.isdisjoint(["q"]))
print(type(k & k).__name__, sorted({"q"} | k), sorted(["a", "x"] & k) if False else sorted({"a", "x"} & k), k != {"a"})
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(i.isdisjoint([("a", 2)]), i.isdisjoint([("a", 1)]), i == {("a", 1), ("b", 2), ("c", 3)})
d["d"] = 4
print(k, v, i)
del d["a"]
print(list(k), list(v), list(i), len(i))
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
print(v == v, k == k, d.values() == d.values())
print(repr({}.keys()), repr({1: 2}.items()), repr({1: [2]}.values()))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
it = iter(d.items())
print(next(it), next(it))
for kk, vv in d.items():
    print(kk, vv, end="; ")
print()
e = {}
print(list(e.keys()), e.keys() == set(), e.items() | [(1, 2)])
try:
    k | 5
except TypeError as ex:
    print("TypeError")
try:
    {[1]: 2}.items() if False else {1: [2]}.items() | {1}
except TypeError as ex:
    print("TypeError", ex)

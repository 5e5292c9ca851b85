# dict views: equality, set operations with non-sets, reversed, len, membership of unhashables
d = {"a": 1, "b": 2, "c": 3}
e = {"c": 30, "d": 40}
k, ke = d.keys(), e.keys()
print(sorted(k & ke), sorted(k | ke), sorted(k - ke), sorted(k ^ ke), sorted(ke - k), k.isdisjoint(ke), k.isdisjoint({"z"}))
print(sorted(k & ["a", "q"]), sorted(k | ("z",)), sorted(k - "ab"), sorted(k ^ iter(["a", "z"])), sorted(["a", "x"] & k) if False else "")
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k != {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, k > k, k <= k)
it = d.items()
print(("a", 1) in it, ("a", 2) in it, ["a", 1] in it, ("zz", 1) in it, sorted(it - {("a", 1)}), sorted(it & {("b", 2), ("b", 3)}), it == {("a", 1), ("b", 2), ("c", 3)})
print([1] in d.values(), 2 in d.values(), len(d.values()), list(reversed(d.values())), d.values() == d.values(), d.values() != d.values())
try:
    [1] in it
except TypeError as ex:
    print("TypeError")
print([1, 2] in {(1, 2): 0}.items() if False else "", ("k", [1]) in {"k": [1]}.items(), ("k", [2]) in {"k": [1]}.items())
empty = {}
print(list(empty.keys()), list(empty.values()), list(empty.items()), empty.keys() == set(), len(empty.items()), list(reversed(empty.keys())))
dv = d.keys()
d["z"] = 26
del d["a"]
print(list(dv), len(dv), "a" in dv, "z" in dv, sorted(dv | {"q"}))
for view in (d.keys(), d.values(), d.items()):
    r = reversed(view)
    print(type(r).__name__ in ("dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"), list(r))

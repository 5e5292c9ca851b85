# hashing rules
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
        print("hashable?!")
    except TypeError:
        print("TypeError", type(v).__name__)
try:
    hash(([],))
except TypeError:
    print("TypeError tuple with list")
print(type(hash("x")).__name__, type(hash(2 ** 100)).__name__)
d = {}
d[1] = "a"; d[1.0] = "b"; d[(1,)] = "t"; d["1"] = "s"
print(len(d), d[1], d[True])
s = {1, 1.0, True, "1", b"1"}
print(len(s))
print(hash(None) == hash(None), hash(-1) == hash(-1))
print(hash(2 ** 70) == hash(2 ** 70), hash(-(2 ** 70)) == hash(-(2 ** 70)))
print(hash(1.5) == hash(1.5), hash(2 ** 61) == hash(float(2 ** 61)))

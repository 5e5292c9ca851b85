# dict construction from mappings, custom key hashing/equality, dict subclasses, __init__ re-calls
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class Mapping:
    def __init__(self): self.d = {"a": 1, "b": 2}
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k] * 10
print(dict(Mapping()), {**Mapping()}, dict(Mapping(), c=3))
d = {}; d.update(Mapping()); print(d)
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, Key) and self.v == o.v
    def __repr__(self): return "K%d" % self.v
dk = {Key(1): "a", Key(4): "b", Key(7): "c"}
print(dk, dk[Key(4)], Key(10) in dk, len(dk))
del dk[Key(4)]; print(dk, Key(7) in dk)
class BadHash:
    def __hash__(self): raise RuntimeError("no hash")
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {1: 2})
t({}.get, [])
t(lambda: {}.setdefault([], 1))
t(lambda: {1: 2}.pop([]))
class DD(dict):
    def __getitem__(self, k): return "override"
    def __missing__(self, k): return "missing"
dd = DD(a=1)
print(dd["a"], dd.get("a"), dict.__getitem__(dd, "a"), list(dd.values()), dd == {"a": 1}, {"a": 1} == dd, dd)
class DS(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
ds = DS(a=1); ds["b"] = 2; ds.update(c=3); ds.setdefault("d", 4); print(sorted(ds.items()))
x = {1: "a"}
x.__init__({2: "b"}, c=3); print(x)
class Eqd(dict): pass
print(Eqd(a=1) == dict(a=1), type(Eqd(a=1).copy()).__name__, type(Eqd(a=1) | {}).__name__, Eqd.fromkeys("a"))
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {2: 1}.keys(), dict.fromkeys("ab").keys() - {"a"})
n = {float("nan"): 1}
k = list(n)[0]
print(n[k], len({float("nan"): 1, float("nan"): 2}) in (1, 2))
print({(1, 2): "t", frozenset({1}): "f", 1.5: "x", None: "n", True: "b", "s": "s", b"b": "by"})
big = {}
for i in range(2000):
    big[str(i)] = i
print(len(big), big["1999"], sum(big.values()), list(big)[:3], list(big)[-2:])
for i in range(0, 2000, 3):
    del big[str(i)]
print(len(big), "3" in big, "4" in big, list(big)[:3])
x = {1: "a"}; x.__init__({2: "b"}, c=3); print(x)
l = [1, 2]; l.__init__("ab"); print(l); l.__init__(); print(l)
s = {1}; s.__init__([5, 6]); print(sorted(s))
b = bytearray(b"xy"); b.__init__(b"q"); print(b)
list.__init__(l, range(3)); print(l)
try:
    l.__init__(1, 2)
except TypeError as e:
    print("TypeError")
t = (1,); t.__init__(); print(t)

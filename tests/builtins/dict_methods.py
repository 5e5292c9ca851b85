# dict construction and methods
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(dict.fromkeys, "abc")
t(dict.fromkeys, "abc", 0)
try:
    dict.fromkeys([1, 2], value=[])
except TypeError:
    print("TypeError")
t(dict, [("a", 1)], b=2)
t(dict, a=1)
t(dict, [1, 2])
t(dict, [(1, 2, 3)])
t(dict, 5)
t(dict, {"x": 1}, **{"y": 2})
t(dict, {1: 2}, {3: 4})
print(dict([["a", 1], "bc"]), dict(zip("ab", range(2))), dict({1: 2}.items()))
d2 = {"x": 1}
print(d2.setdefault("x", 5), d2.setdefault("y"), d2, d2.setdefault("z", []))
print(d2.pop("x"), d2.pop("zz", "dflt"), d2)
t(d2.pop, "zz")
t({}.popitem)
d3 = {1: "a", 2: "b", 3: "c"}
print(d3.popitem(), d3)
d3.update([(5, "e")], six=6)
d3.update({7: 7})
d3.update(eight=8)
d3.update()
d3.update(((9, 9),))
print(d3)
t(d3.update, 1)
t(d3.update, [1])
t(d3.update, {}, {})
print(d3.get(1), d3.get(99), d3.get(99, "z"))
t(d3.__getitem__, 99)
t(lambda: {}[[1]])
t(lambda: {[1]: 2})
t(lambda: {1: 2}["x"])
t(lambda: {1: 2}[(1, 2)])
t(lambda: {}[()])
print({1: 1} == {1: 1.0}, {1: 2} != {1: 3}, dict(a=1) == {"a": 1}, {1: 2, 3: 4} == {3: 4, 1: 2})
t(lambda: {1: 2} < {1: 2})
print(sorted({3: 1, 1: 2}), list({3: 1, 1: 2}), len({}), bool({}), bool({0: 0}))
d = {"a": 1}
print(d.copy(), d.copy() is d, d.clear(), d)
dd = {1: 2, 3: 4}
it = iter(dd)
next(it)
dd[5] = 6
t(next, it)
dd = {1: 2, 3: 4}
it = iter(dd)
next(it)
del dd[3]
t(next, it)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
mm = Missing(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, mm)
print({True: 1, 1: 2, 1.0: 3}, {0: "a", False: "b", 0.0: "c"})
o = {"k": 1, "j": 2}
o["k"] = 3
del o["k"]
o["k"] = 4
print(o, list(o.items()))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(dict.__name__, {}.__class__, isinstance({}, dict), d3.__len__(), d3.__contains__(1))
del d3[1]
t(d3.__delitem__, 1)
print(1 in d3, d3.keys().__len__())

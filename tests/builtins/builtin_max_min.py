# max/min: iterables, varargs, key=, default=, ties, errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(max, [3, 1, 4, 1, 5]); t(min, [3, 1, 4, 1, 5]); t(max, 3, 1, 4); t(min, 3, 1, 4)
t(max, "hello"); t(min, "hello"); t(max, {3: "a", 7: "b"}); t(min, {5, 2, 9}); t(max, range(10)); t(max, iter([2, 8]))
t(max, [(1, "b"), (1, "a"), (0, "z")]); t(min, [[2], [1, 9], [1]])
t(max, ["aa", "b", "ccc"], key=len); t(min, ["aa", "b", "ccc"], key=len); t(max, "a", "bb", key=len)
t(max, [1, -3, 2], key=abs); t(min, [1, -3, 2], key=lambda v: -v); t(max, [], default="empty"); t(min, (), default=None)
t(max, [5], default=0); t(max, [], key=len, default=[]); t(min, "b", "a", key=str.upper)
t(max, []); t(min, ()); t(max); t(max, 1); t(max, 1, 2, default=3); t(max, [1, "a"]); t(max, [1], foo=1)
t(max, [1.5, 1, True]); t(min, [1, 1.0, True]); t(max, [1, 1.0]); t(max, [1.0, 1]); t(min, [True, 1])
t(max, [float("nan"), 1]); t(max, [1, float("nan")]); t(min, [2**100, 2**99, -2**101])
t(max, ["apple", "Banana", "cherry"], key=str.lower); t(min, [{"v": 3}, {"v": 1}], key=lambda d: d["v"])
items = [("a", 3), ("b", 5), ("c", 5), ("d", 1)]
print(max(items, key=lambda p: p[1]), min(items, key=lambda p: p[1]), max(reversed(items), key=lambda p: p[1]))
def gen():
    yield 4
    yield 9
    yield 2
print(max(gen()), min(gen()), max(x * x for x in range(-5, 3)))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "V%d" % self.v
print(max([V(2), V(7), V(3)]), min(V(2), V(7)), max(V(1), V(1)).v)
def key_err(x):
    raise KeyError(x)
t(max, [1, 2], key=key_err)
t(max, [1], key=5)
t(min, 5)
t(max, None)

# zip strict mode error messages, map with functions raising, filter with None and objects' truthiness
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(zip("ab", "abc", strict=True)))
t(lambda: list(zip("abc", "ab", strict=True)))
t(lambda: list(zip("ab", "ab", "a", strict=True)))
t(lambda: list(zip("a", "ab", "ab", strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip([], [], strict=True)))
t(lambda: list(map(int, ["1", "x", "3"])))
t(lambda: list(map(lambda a, b: a / b, [1, 2], [1, 0])))
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 1
    def __repr__(self):
        return "T%d" % self.v
t(lambda: list(filter(None, [T(1), T(2), T(3)])))
t(lambda: list(filter(lambda x: x.v % 2, [T(1), T(2), T(3)])))
t(lambda: list(filter(len, ["", "a", [], [0]])))
t(lambda: list(filter(None, (0, 0.0, 0j, "", b"", [], (), {}, set(), None, False, range(0), 1))))
m = map(str.upper, "ab")
print(list(m), list(m))
z = zip([1, 2], "ab")
d = dict(z)
print(d, list(z))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs, list(zip(*pairs)))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(divmod, [7, 8], [2, 3])), dict(map(lambda k: (k, len(k)), ["a", "bb"])))

# list.sort / sorted: key, reverse, stability, errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
b = [3, 1, 2]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.sort(key=lambda x: -x, reverse=True); print(b)
b.sort(reverse=0); print(b)
t(b.sort, lambda x: x)
t(b.sort, foo=1)
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2), ("f", 0)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[1] % 2))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
t(sorted, [1, "a"])
t([3, "a"].sort)
print(sorted([3, 1, 2], key=None), sorted("bca"), sorted((3, 1)), sorted({2: 1, 1: 2}), sorted([]))
print(sorted([1.5, 1, True, 0, -2]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1])
pairs = [(i % 10, i) for i in range(200)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(199) if ps[i][0] == ps[i + 1][0]))
ps = sorted(pairs, key=lambda p: p[0], reverse=True)
print(ps[:3], all(ps[i][1] < ps[i + 1][1] for i in range(199) if ps[i][0] == ps[i + 1][0]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(3), K(5)))
def bad(x):
    raise ValueError("key failed")
t(sorted, [2, 1], key=bad)
lst = [3, 2, 1]
def mut(x):
    return x
lst.sort(key=mut)
print(lst)
t(sorted, 5)
t(sorted, [1], None)

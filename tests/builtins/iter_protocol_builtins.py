# enumerate zip map filter reversed iter(f, sentinel) next(it, default) and the iterator protocol
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not hasattr(r, "__next__") else list(r))
    except Exception as e:
        print(type(e).__name__, e)
t(enumerate, "abc"); t(enumerate, "abc", 1); t(enumerate, "ab", start=-1); t(enumerate, iterable="ab"); t(enumerate, "ab", 2**70); t(enumerate, 5); t(enumerate, "a", "b"); t(enumerate, "a", start=1.5)
e = enumerate([1, 2]); print(iter(e) is e, next(e), list(e), list(e), type(e).__name__)
t(zip); t(zip, []); t(zip, "ab", "xyz"); t(zip, "ab", [1, 2], (3, 4)); t(zip, "ab", "x", strict=True); t(zip, "ab", "xy", strict=True); t(zip, 1, 2); t(zip, "a", 2)
t(zip, "abc", "x", strict=True); t(zip, "a", "xyz", strict=True); t(zip, "a", "x", "yz", strict=True)
t(map, abs, [-1, -2]); t(map, pow, [2, 3], [3, 2, 9]); t(map, None, [1]); t(map, abs); t(map); t(map, abs, 5)
t(map, lambda *a: a, "ab", "cd", "e")
t(filter, None, [0, 1, "", "a", [], [0]]); t(filter, lambda x: x > 1, [1, 2, 3]); t(filter, None); t(filter, 1, [1]); t(filter, None, 5)
t(reversed, [1, 2]); t(reversed, (1, 2)); t(reversed, "ab"); t(reversed, range(3)); t(reversed, {1: 2}); t(reversed, {1: 2}.items()); t(reversed, {1}); t(reversed, iter([1])); t(reversed, b"ab"); t(reversed, bytearray(b"ab"))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__(), type(r).__name__)
class R:
    def __reversed__(self): return iter("zyx")
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 3
t(reversed, R()); t(reversed, S()); t(list, S()); t(iter, S())
class NoLen:
    def __getitem__(self, i): return i
t(reversed, NoLen())
def gen():
    c = [0]
    def f():
        c[0] += 1
        return c[0]
    return f
t(iter, gen(), 4); t(iter, 5, 1); t(iter, [1], 1)
it = iter(gen(), 3); print(next(it), next(it)); t(next, it); t(next, it, "done")
t(next, iter([]), None); t(next, 5); t(next, [1])
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
t(list, It()); t(next, It()); t(sum, It()); t(sorted, It()); t(max, It()); t(tuple, It()); t(set, It()); t(dict.fromkeys, It())
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter())
class NoIter:
    __iter__ = None
t(iter, NoIter())
t(iter, iter([1]).__class__) if False else None
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__, type(iter(range(0))).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(map(abs, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__)
ii = iter([1, 2, 3]); print(ii.__length_hint__(), next(ii), ii.__length_hint__())
z = zip("ab", "cd"); print(next(z), list(z), list(z))
m = map(str, [1]); print(iter(m) is m, next(m)); t(next, m)
print(list(enumerate(zip("ab", map(str.upper, "cd")))), dict(enumerate("xy")), list(zip(*[(1, 2), (3, 4)])))
print(list(map(len, ["a", "bb"])), list(filter(str.isdigit, "a1b2")), list(reversed(list(enumerate("ab")))))
it = iter("abc")
for ch in it:
    print(ch, next(it, "END"))
print(list(zip(range(3), iter(gen(), 100))))

# builtins dispatching to special methods of user classes, with result type checks
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class IS(int):
    def __str__(self): return "IS-str"
    def __repr__(self): return "IS-repr"
x = IS(5)
t(format, x, ""); t(format, x, "d"); t(str, x); t(repr, x); t(lambda: "%s %d %r" % (x, x, x)); t(lambda: f"{x} {x!r} {x:3}"); t(lambda: "{}".format(x)); t(print, x)
class FS(float):
    def __str__(self): return "FS"
t(format, FS(1.5), ""); t(format, FS(1.5), ".1f"); t(str, FS(2.0)); t(lambda: "%s %f" % (FS(1), FS(1)))
t(lambda: type("B", (bool,), {}))
class BadRepr:
    def __repr__(self): return 5
t(repr, BadRepr()); t(lambda: [BadRepr()].__repr__())
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
t(len, L(-1)); t(len, L("a")); t(len, L(2**70)); t(len, L(True)); t(bool, L(0)); t(bool, L(3)); t(bool, L(-1))
class BoolRet:
    def __bool__(self): return 1
t(bool, BoolRet()); t(lambda: not BoolRet())
class HashBig:
    def __hash__(self): return 2**70
t(lambda: hash(HashBig()) == hash(2**70))
class HashBool:
    def __hash__(self): return True
t(hash, HashBool())
class IterBad:
    def __iter__(self): return 5
t(iter, IterBad()); t(list, IterBad())
class NoNext:
    def __iter__(self): return self
t(iter, NoNext()); t(next, NoNext())
class Num:
    def __abs__(self): return "abs"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
    def __bytes__(self): return b"by"
n = Num()
t(abs, n); t(divmod, n, 2); t(divmod, 2, n); t(int, n); t(float, n); t(complex, n); t(lambda: -n); t(lambda: ~n); t(lambda: +n); t(bytes, n)
t(bin, n); t(hex, n); t(lambda: [1, 2, 3, 4][n]); t(lambda: "abcd"[:n]); t(range, n); t(lambda: b"ab" * n); t(operator_index := lambda v: v.__index__(), n)
class IndexOnly:
    def __index__(self): return 4
t(int, IndexOnly()); t(float, IndexOnly()); t(complex, IndexOnly())
class IntBad:
    def __int__(self): return "x"
t(int, IntBad())
class FloatBad:
    def __float__(self): return 1
t(float, FloatBad())
class FmtBad:
    def __format__(self, spec): return 5
t(format, FmtBad()); t(lambda: f"{FmtBad()}")
class DirBad:
    def __dir__(self): return 5
t(dir, DirBad())
class DirOk:
    def __dir__(self): return ("b", "a")
t(dir, DirOk())
class Cont:
    def __contains__(self, x): return 2
t(lambda: 1 in Cont()); t(lambda: 1 not in Cont())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
t(list, GetItemOnly()); t(lambda: 2 in GetItemOnly()); t(lambda: 5 in GetItemOnly()); t(lambda: type(iter(GetItemOnly())).__name__); t(sorted, GetItemOnly())

# subclassing builtins, metaclasses, __init_subclass__, __set_name__, descriptors, __slots__, type()
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict): pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1))
class I(int): pass
print(type(I.from_bytes(b"\x01", "big")).__name__, I(5) + 1, type(I(5) + 1).__name__, repr(I(7)), I("12", 3))
class F(float): pass
print(type(F.fromhex("0x1p0")).__name__, F(1.5), repr(F("2.5")), F(2) * 2)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l = L([3, 1, 2]); l.sort(); print(l, l.extra, type(l[:1]).__name__, type(l + [1]).__name__, len(l), l == [1, 2, 3])
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(T(1, 2), type(T(1, 2)).__name__, T(1) + (2,))
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", 0)
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class C(metaclass=M, flag=5):
    def __init__(self, x): self.x = x
c = C(3); print(C.added, c.x, type(C).__name__, isinstance(C, M), type(C) is M)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class Sub1(Base, tag="a"): pass
class Sub2(Sub1): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return ("get", self.name, obj is None)
    def __set__(self, obj, v): print("set", self.name, v)
    def __delete__(self, obj): print("del", self.name)
class H:
    d = Desc()
h = H(); print(h.d, H.d); h.d = 5; del h.d
class G:
    def __getattr__(self, n): return "ga:" + n
    def __getattribute__(self, n):
        if n == "special": return "sp"
        return object.__getattribute__(self, n)
g = G(); g.real = 1; print(g.real, g.missing, g.special)
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = 1; t(setattr, s, "c", 1); t(getattr, s, "b"); print(s.a, hasattr(s, "__dict__"))
class K: pass
k = K(); k.__class__ = H; print(type(k).__name__)
t(setattr, k, "__class__", int)
t(setattr, 1, "__class__", bool)
X = type("X", (K,), {"v": 1, "__init__": lambda self, a=2: setattr(self, "a", a)})
x = X(); print(X.__name__, X.v, x.a, X.__bases__, type(X), X.__mro__[1].__name__, X.__dict__["v"])
t(type, "Y", (int, str), {})
t(type, "Y", (bool,), {})
class N:
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        o.args = a
        return o
n = N(1, 2); print(n.args)
t(object.__new__, 5)
print(object.__new__(K).__class__.__name__, int.__new__(I, 5), type(int.__new__(I, 5)).__name__)
print(K.__name__, K.__qualname__, K.__module__, K.__doc__, K.__dict__ is not None)
K.__name__ = "Renamed"; print(K.__name__, K)
t(setattr, int, "x", 1); t(setattr, list, "append", 1)
print(type.__call__(int, "5"), type(int), type.__name__, type(type(type)))
print(sorted(K.__subclasses__() if hasattr(K, "__subclasses__") else []), [c.__name__ for c in K.__subclasses__()])
print(callable(type), type("Z", (), {})().__class__.__name__)
class AbsLike:
    def __eq__(self, o): return True
print(AbsLike.__hash__, AbsLike() == 1)
t(hash, AbsLike())
class Cm:
    @classmethod
    @property
    def cp(cls): return "classprop"
print(Cm.cp if False else "skip")
sm = staticmethod(lambda: 5); cm = classmethod(lambda c: c)
print(sm.__func__(), cm.__func__(1), isinstance(sm, staticmethod), sm(), repr(sm)[:20] if False else "")

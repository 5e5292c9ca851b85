# type, object, NoneType, property, classmethod, staticmethod, super, isinstance/issubclass
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(type(1), type(type), type(object), type(None), type(...), type(NotImplemented))
print(int.__name__, int.__qualname__, type.__name__, object.__base__, int.__base__, bool.__base__, bool.__mro__)
print(type.__mro__, object.__mro__, int.__bases__, object.__bases__)
print(str(type(len)), type(len).__name__)
print(type(property()), type(staticmethod(len)), type(classmethod(len)))
t(type, 1, 2)
t(type, "X", (), {})
X = type("X", (object,), {"a": 1, "f": lambda self: 2})
print(X.__name__, X.a, X().f(), X.__bases__, X.__mro__[-1])
t(type, "Y", (int,), {})
t(type, "Y", 5, {})
t(type, "Y", (), 5)
t(type, 5, (), {})
t(object, 1)
t(object().__eq__, 1)
o = object()
print(o == o, o != o, o.__eq__(o), o.__ne__(o), o.__hash__() == hash(o))
t(setattr, o, "x", 1)
t(getattr, o, "x")
print(object.__name__, object.__doc__ is None or True)
print(hasattr(object, "__init__"), hasattr(object, "__new__"), hasattr(o, "__class__"), o.__class__)
print(dir(object)[:5])
class A:
    def __init__(self, v): self.v = v
    @property
    def p(self):
        "doc of p"
        return self.v * 2
    @p.setter
    def p(self, val): self.v = val
    @p.deleter
    def p(self): print("del p")
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls, x): return (cls.__name__, x)
a = A(3)
print(a.p, A.s(1), a.s(2), A.c(1), a.c(2))
a.p = 10; print(a.v, a.p); del a.p
print(type(A.__dict__["s"]).__name__, A.__dict__["s"].__func__(5), A.__dict__["c"].__func__(A, 1))
print(isinstance(A.p, property), A.p.fget.__name__, A.p.fset is not None)
pr = property(lambda s: 1)
t(pr.__set__, a, 1)
class B: 
    x = property(lambda s: 1)
b = B()
t(setattr, b, "x", 2)
t(delattr, b, "x")
class C(A):
    def __init__(self):
        super().__init__(5)
    def f(self):
        return super().c(9), super(C, self).s(1), super()
c = C()
print(c.v, c.f()[:2], repr(c.f()[2])[:20])
t(super, 1, 2)
t(super, C, 1)
try:
    super()
except RuntimeError:
    print("RuntimeError")
print(super(C, C).c(3))
print(issubclass(C, A), issubclass(C, (int, A)), isinstance(c, (int, (str, A))))
t(issubclass, C, 5)
t(isinstance, c, [A])
print(type(c) is C, type(c).__name__, C.__mro__)
print(callable(C), callable(c), callable(A.s), callable(A.__dict__["s"]))
print(staticmethod(len)(["a"]) if hasattr(staticmethod, "__call__") else "x")
print(vars(A(1)), vars(c))
t(vars, 5)
class D:
    __slots__ = ("a",)
t(vars, D())
print(NotImplemented, Ellipsis, ..., repr(NotImplemented), type(NotImplemented).__name__, type(...).__name__)
print(bool(NotImplemented) if False else "skip")
print(None.__class__, type(None)(), bool(None), repr(None), str(None), hash(None) == hash(None))
t(type(None), 1)
t(type(...))
t(type(NotImplemented))

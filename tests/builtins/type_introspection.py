# staticmethod/classmethod attributes, __qualname__, mro(), __subclasses__, type() forms, callable
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
def func(x):
    return x * 2
sm = staticmethod(func)
cm = classmethod(func)
print(sm.__func__ is func, cm.__func__ is func, sm.__wrapped__ is func, cm.__wrapped__ is func, sm.__name__, cm.__name__, sm(4), callable(cm))
print(sm.__isabstractmethod__, type(sm).__name__, isinstance(sm, staticmethod))
class A:
    class Inner:
        class Deep:
            pass
    def meth(self):
        pass
print(A.Inner.__qualname__, A.Inner.Deep.__qualname__, A.Inner.__name__, A.meth.__qualname__, A.__module__, A.Inner.__module__)
print(A.mro(), type.mro(A) == A.mro(), int.mro(), bool.mro())
class B(A): pass
class C(A): pass
print(sorted(c.__name__ for c in A.__subclasses__()), B.__base__.__name__, B.__bases__, object.__subclasses__ is not None)
print(type(A), type(B()), type(int), type(type), type(3.5).__name__, type(type(None)).__name__)
t(type); t(type, 1, 2, 3, 4); t(type, "N", (A,), {"x": 1})
N = type("N", (A,), {"x": 1})
print(N.__name__, N.x, N.__bases__[0].__name__, N().meth(), issubclass(N, A), N.__qualname__, N.__module__ if hasattr(N, "__module__") else "")
class Call:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(callable(Call), callable(Call()), Call()(1, k=2), callable(A()), callable(type), callable(sm), callable(5), callable(None))
print(A.__dict__["meth"].__name__, "meth" in A.__dict__, "__module__" in A.__dict__, A.__dict__.get("zz", "no"))
t(setattr, A, "__name__", 5)
A.__qualname__ = "Renamed"; print(A.__qualname__)
print(type.__dict__["__name__"] if False else "", int.__dict__["to_bytes"] if False else "", "to_bytes" in int.__dict__, "append" in list.__dict__)
print(type(A.__dict__).__name__ in ("mappingproxy", "dict"), sorted(k for k in B.__dict__ if not k.startswith("__")))

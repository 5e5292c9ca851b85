# isinstance / issubclass: tuples (nested), unions, abstract overrides, errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
b, d = B(), D()
print(isinstance(b, A), isinstance(b, C), isinstance(d, C), isinstance(d, (C,)), isinstance(d, ((int,), (str, (A,)))))
print(isinstance(b, ()), isinstance(1, (int, "junk")), isinstance(True, (bool,)), isinstance(None, type(None)))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(B, B), issubclass(A, B), issubclass(D, object), issubclass(type, type))
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), issubclass(bool, int | float))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), isinstance(len, object))
t(isinstance, 1, 1); t(isinstance, 1, (int, 1)); t(issubclass, 1, int); t(issubclass, int, 1); t(issubclass, A, (A, 1))
t(isinstance, 1, [int])
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("x", Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(1, (Magic, str)))
class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p) is Proxy)
for v in [1, 1.0, 1j, "s", b"b", [], (), {}, set(), frozenset(), None, len, A, range(0), True]:
    print(type(v).__name__, [T.__name__ for T in (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, object, type, bool) if isinstance(v, T)])
print(issubclass(bool, int), issubclass(int, bool), issubclass(float, int), issubclass(ZeroDivisionError, (ArithmeticError, OSError)))
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception), issubclass(SystemExit, Exception))

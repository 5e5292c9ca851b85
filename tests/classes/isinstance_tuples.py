# isinstance / issubclass with tuples and hierarchies
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(1, (str, (list, int))), isinstance("s", (int, float)))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B), issubclass(C, (A, B)))
print(isinstance(True, (int,)), isinstance(1.0, (int, str)), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(int, (int,)))
for v in [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, b"x", A()]:
    kinds = [t.__name__ for t in (int, float, str, list, tuple, dict, set, bytes, A) if isinstance(v, t)]
    print(repr(v) if not isinstance(v, A) else "A()", kinds)
try:
    isinstance(1, 5)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass")
print(isinstance(A, type), isinstance(int, type), issubclass(type, object))
print(isinstance(ValueError("x"), (KeyError, ValueError)), issubclass(KeyError, (LookupError,)))

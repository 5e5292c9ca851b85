# type() of builtin values
vals = [1, 1.5, 1j, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(),
        range(1), lambda: 0, (x for x in []), slice(1), ..., object(), type, int]
for v in vals:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(type("x")("abc"), type(5)("7"), type([])((1, 2)))
print(int.__name__, type(None).__name__, object.__name__)
class C: pass
print(type(C).__name__, type(C()).__name__, type(C()) is C, C().__class__ is C)

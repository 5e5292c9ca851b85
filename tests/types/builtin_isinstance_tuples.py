# isinstance/issubclass with tuples, nested tuples, unions of builtins, errors
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (list, (int,)))), isinstance(1, ()))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}.keys(), object), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)), issubclass(OSError, Exception))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
for call in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
             lambda: issubclass(int, (1,)), lambda: isinstance(1), lambda: issubclass([], list)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(isinstance(1, (int, 1)))
try:
    isinstance(1, (1, int))
except TypeError as e:
    print('TypeError', e)
class A: pass
class B(A): pass
class M(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class V(metaclass=M): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), isinstance('magic', V), isinstance(1, V), issubclass(int, V))
print(isinstance(B(), (A, B)), issubclass(B, B), issubclass(A, ()))

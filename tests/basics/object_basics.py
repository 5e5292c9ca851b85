# the object base type
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(isinstance(1, object), isinstance(None, object), isinstance(int, object))
class A:
    pass
a = A()
print(a == a, a != A(), str(a) == repr(a), hash(a) == hash(a))
print(str(a).startswith("<"), repr(A).startswith("<class"))
print(object.__name__, A.__name__, A.__bases__ == (object,))
print(issubclass(A, object), type(object()) is object)
print(hasattr(a, "__class__"), "__class__" in dir(a))

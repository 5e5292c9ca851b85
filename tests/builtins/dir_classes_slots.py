# dir() of instances, classes (with __slots__) and builtin values
class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ("s",)
a = A(); a.y = 2
print([n for n in dir(a) if n not in dir(object) and n != "__weakref__"])
print([n for n in dir(A) if n not in dir(object) and n != "__weakref__"])
print([n for n in dir(B()) if n not in dir(object) and n != "__weakref__"])
print(dir(1) == dir(int), dir("") == dir(str), dir([]) == dir(list), dir({}) == dir(dict))
print(set(dir(object())) == set(dir(object)))
for v in [1, 1.5, 1j, "s", b"b", [], (), {}, set(), frozenset(), range(1), None, True]:
    d = dir(v)
    print(type(v).__name__, [n for n in ["__add__", "__iadd__", "__index__", "__invert__", "__and__", "__or__", "__ior__",
        "__mul__", "__rmul__", "__mod__", "__rmod__", "__neg__", "__bool__", "__len__", "__contains__", "__iter__", "__getitem__",
        "__setitem__", "__hash__", "__int__", "__float__", "__sub__", "__truediv__", "__floordiv__", "__pow__", "__lshift__"] if n in d])
print(hasattr(1.5, "__index__"), hasattr(1, "__index__"), hasattr("s", "__sub__"), hasattr([], "__iadd__"), hasattr((), "__iadd__"))
print([].__iadd__([1]), {1: 2}.__or__({3: 4}), {1}.__and__({1, 2}), (5).__index__(), "a".__mul__(3), "%s".__mod__(5))
import sys
print("path" in dir(sys), "modules" in dir(sys))

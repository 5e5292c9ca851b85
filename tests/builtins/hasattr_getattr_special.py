# getattr/hasattr on special names of builtin objects and classes
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, len, int, range(2)]
names = ["__class__", "__doc__", "__len__", "__iter__", "__hash__", "__eq__", "__add__", "__getitem__", "__contains__", "__call__", "__name__", "__init__", "__new__", "__repr__", "__str__", "__bool__"]
for v in vals:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
print(int.__name__, type(1).__name__, len.__name__, (1).__class__.__name__, [].__class__ is list, type(None).__class__)
print((1).__hash__() == hash(1), "s".__len__(), [1, 2].__iter__().__next__(), {1: 2}.__getitem__(1), (5).__add__(1), "ab".__contains__("a"))
print(str.__len__("abc"), list.__iter__([3]).__next__(), int.__hash__(7) == hash(7), len.__call__([1]), int.__call__("5") if hasattr(int, "__call__") else "")

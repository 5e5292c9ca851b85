# Which special methods the builtin types expose (slot wrappers made on
# demand from their C slots), and calling them explicitly.
names = ['__neg__', '__pos__', '__invert__', '__abs__', '__int__', '__index__', '__float__', '__complex__',
         '__bool__', '__len__', '__hash__', '__lt__', '__eq__', '__ne__', '__or__', '__xor__', '__and__',
         '__lshift__', '__rshift__', '__add__', '__sub__', '__mul__', '__matmul__', '__floordiv__',
         '__truediv__', '__mod__', '__pow__', '__divmod__', '__ror__', '__rxor__', '__rand__', '__rlshift__',
         '__rrshift__', '__radd__', '__rsub__', '__rmul__', '__rmatmul__', '__rfloordiv__', '__rtruediv__',
         '__rmod__', '__rpow__', '__iadd__', '__imul__', '__ior__', '__iand__', '__ixor__', '__isub__',
         '__contains__', '__getitem__', '__setitem__', '__delitem__', '__iter__', '__next__', '__call__',
         '__repr__', '__str__']
types = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         type({}.keys()), type({}.items()), range, slice, type(None), type]
for t in types:
    print(t.__name__, [n for n in names if hasattr(t, n)])

# Mutable containers are unhashable.
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is None)

tests = [
    lambda: int.__add__(1, 2), lambda: int.__add__(1, 2.5), lambda: float.__add__(1.5, 2),
    lambda: int.__pow__(2, 10, 7), lambda: int.__rpow__(2, 3),
    lambda: list.__getitem__([1, 2], 1), lambda: list.__setitem__([1, 2], 0, 5), lambda: list.__delitem__([1, 2], 0),
    lambda: list.__contains__([1, 2], 2), lambda: list.__len__([1, 2]), lambda: dict.__len__({}),
    lambda: int.__neg__(5), lambda: int.__bool__(0), lambda: int.__hash__(7), lambda: str.__repr__('a'),
    lambda: str.__str__('b'), lambda: str.__mul__('ab', 2), lambda: str.__eq__('a', 1),
    lambda: type(len).__call__(len, [1, 2, 3]), lambda: type(iter([])).__next__(iter([])),
    lambda: int.__add__(1), lambda: int.__add__(1, 2, 3), lambda: str.__mul__('ab', 'x'),
    lambda: int.__add__(), lambda: int.__add__('x', 1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
# (messages differ from CPython for these)
for t in [lambda: list.__setitem__([1], 0), lambda: list.__len__([], 1), lambda: int.__add__(1, y=2)]:
    try:
        t()
    except TypeError:
        print('TypeError')

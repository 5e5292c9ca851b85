# type(name, bases, dict): methods, inheritance, metaclass conflicts, __slots__, errors
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt", "__repr__": lambda self: "Point(%r)" % self.v})
p = Point(4)
print(p, p.double(), Point.kind, type(p) is Point, Point.__name__, Point.__bases__, p.__class__.__name__)
Sub = type("Sub", (Point,), {"double": lambda self: "sub:" + str(Point.double(self))})
print(Sub(2).double(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (object,), {})
print(Empty.__name__, isinstance(Empty(), object), Empty.__bases__[0] is object)
WithSlots = type("WithSlots", (), {"__slots__": ("a",)})
w = WithSlots()
w.a = 1
try:
    w.b = 2
except AttributeError as e:
    print("AttributeError")
Meta = type("Meta", (type,), {"greet": lambda cls: "hi " + cls.__name__})
C = Meta("C", (), {})
print(C.greet(), type(C).__name__, isinstance(C, type))
IntSub = type("IntSub", (int,), {"twice": lambda self: self * 2})
print(IntSub(21).twice(), IntSub("7") + 1, type(IntSub(1)).__name__)
ExcSub = type("ExcSub", (ValueError,), {})
try:
    raise ExcSub("custom")
except ValueError as e:
    print(type(e).__name__, e.args)
for args in [("X", (1,), {}), ("X", (), []), (1, (), {}), ("X", (int, str), {}), ("X", (bool,), {}), ("X",), ("X", ())]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError")
class M1(type): pass
class M2(type): pass
A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
try:
    type("Both", (A1, A2), {})
except TypeError as e:
    print("TypeError", e)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__, type("R", (), {"__module__": "mymod"}).__module__)

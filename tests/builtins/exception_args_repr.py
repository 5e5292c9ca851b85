# exception args, str and repr for various argument counts and types
for cls in (Exception, ValueError, KeyError, IndexError, OSError, StopIteration, SystemExit, AssertionError, UnicodeError):
    for args in [(), ("msg",), (1,), ("a", "b"), (None,), ("",), ([1, 2],), (("t",),)]:
        e = cls(*args)
        print(cls.__name__, repr(e), str(e), e.args, len(e.args))
e = KeyError("with 'quote'")
print(str(e), repr(e))
e = KeyError(("tuple", 1))
print(str(e), repr(e))
e = Exception("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.args = []
print(e.args, repr(e))
try:
    e.args = 5
except TypeError as x:
    print("TypeError")
print(repr(Exception("a\nb")), str(Exception("\u00e9")), repr(Exception(b"b")), str(Exception(1.5)))
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Custom(1, 2)
print(repr(c), str(c), c.args, c.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(repr(ns), str(ns), ns.args, ns.x)
class WithStr(ValueError):
    def __str__(self):
        return "S:" + super().__str__()
print(str(WithStr("v")), repr(WithStr("v")), "%s" % WithStr("q"), f"{WithStr('f')}")

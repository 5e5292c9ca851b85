# AttributeError in various situations
class C:
    a = 1
    def __init__(self):
        self.b = 2
tests = [
    ("instance missing", lambda: C().zzz),
    ("class missing", lambda: C.zzz),
    ("int attr", lambda: (5).foo),
    ("str method", lambda: "s".nomethod()),
    ("list attr", lambda: [].size),
    ("none attr", lambda: None.value),
    ("func attr", lambda: len.nope),
    ("module attr", lambda: __import__("sys").does_not_exist),
    ("set on int", lambda: setattr(5, "x", 1)),
    ("del missing", lambda: delattr(C(), "zzz")),
]
for name, t in tests:
    try:
        t()
        print(name, "no error?!")
    except AttributeError as e:
        print(name, type(e).__name__)
print(getattr(C(), "b"), getattr(C, "a"), getattr(C(), "zzz", "default"))
print(hasattr(C(), "b"), hasattr(C, "b"))
class Prop:
    @property
    def broken(self):
        raise AttributeError("inside property")
print(hasattr(Prop(), "broken"))
print(getattr(Prop(), "broken", "fallback"))

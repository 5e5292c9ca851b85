# __class__, __name__, __dict__, __bases__
class Base:
    pass
class Thing(Base):
    cattr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
t = Thing()
print(t.__class__.__name__, t.__class__ is Thing, Thing.__name__)
print(sorted(t.__dict__), t.__dict__["a"])
t.__dict__["c"] = 3
print(t.c, sorted(t.__dict__))
t.d = 4
print("d" in t.__dict__, "cattr" in t.__dict__)
print(Thing.__bases__[0] is Base, Base.__bases__[0] is object)
print([c.__name__ for c in Thing.__mro__])
print("cattr" in Thing.__dict__, "__init__" in Thing.__dict__, "cattr" in Base.__dict__)
def method(self):
    return "via class attr"
Thing.m = method
print(t.m())
print(type(t).__name__ == t.__class__.__name__)
print((5).__class__.__name__, "s".__class__.__name__, [].__class__ is list)
print(type(t)().a, t.__class__.cattr)
print(Thing.__name__, type(Thing.__name__).__name__)

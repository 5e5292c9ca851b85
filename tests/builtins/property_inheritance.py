# properties: inheritance, overriding, partial redefinition with setter/deleter, class access, docs, errors
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        if x < 0:
            raise ValueError("negative")
        self._v = x
    @v.deleter
    def v(self):
        self._v = None
    ro = property(lambda self: "read-only")
class Child(Base):
    @Base.v.getter
    def v(self):
        return ("child", self._v)
class Child2(Base):
    v = property(Base.v.fget, None, None, "no setter")
b, c, c2 = Base(), Child(), Child2()
b.v = 5
c.v = 6
print(b.v, c.v, c2.v, type(Base.__dict__["v"]).__name__, Child2.v.__doc__)
del c.v
print(c.v)
for obj, name, val in [(b, "v", -1), (c2, "v", 3), (b, "ro", 1)]:
    try:
        setattr(obj, name, val)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del b.ro
except AttributeError as e:
    print("AttributeError", e)
print(Base.v.fget(b), Base.v.fset is not None, Base.v.fdel is not None, Base.ro.fset, isinstance(Base.v, property))
class Lazy:
    calls = 0
    @property
    def data(self):
        Lazy.calls += 1
        if "_data" not in self.__dict__:
            self.__dict__["_data"] = [1, 2, 3]
        return self.__dict__["_data"]
lz = Lazy()
print(lz.data, lz.data is lz.data, Lazy.calls)
class Shadow:
    @property
    def x(self):
        return "prop"
s = Shadow()
s.__dict__["x"] = "instance"
print(s.x, s.__dict__["x"])
class NonData:
    def __get__(self, obj, typ):
        return "nondata"
class Shadow2:
    x = NonData()
s2 = Shadow2()
print(s2.x)
s2.__dict__["x"] = "instance wins"
print(s2.x)
p = property()
try:
    p.__get__(1)
except AttributeError as e:
    print("AttributeError", e)
p2 = property(doc="d")
print(p2.__doc__, p2.fget, property(lambda s: 1, doc="explicit").__doc__)

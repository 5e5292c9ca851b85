# descriptors: __get__, __set__, __delete__
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + objtype.__name__
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)
class Model:
    field = Verbose("field")
m = Model()
print(m.field)
m.field = 5
print(m.field)
del m.field
print(m.field)
print(Model.field)
class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.store = {}
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.store.get(obj)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError("bad type")
        self.store[obj] = v
class P:
    age = Typed(int)
p = P()
p.age = 30
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
print(type(P.age).__name__)

# creating classes dynamically with type(name, bases, dict)
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 5, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), isinstance(d, Dyn))
Base = type("Base", (object,), {"kind": "base", "__init__": lambda self, v: setattr(self, "v", v)})
Child = type("Child", (Base,), {"kind": "child"})
c = Child(3)
print(c.v, c.kind, Base.kind, issubclass(Child, Base), [k.__name__ for k in Child.__mro__])
print(type(c) is Child, type(Child) is type)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
def make_class(name, **attrs):
    return type(name, (), attrs)
P = make_class("Point", x=1, y=2)
print(P.__name__, P.x + P.y)
Err = type("Err", (ValueError,), {})
try:
    raise Err("dynamic")
except ValueError as e:
    print(type(e).__name__, e)
print(type(5).__name__, type("") is str)

# getattr/setattr/hasattr/delattr and friends
class O:
    cls_attr = "c"
o = O()
setattr(o, "x", 10)
print(o.x, getattr(o, "x"), getattr(o, "nope", "default"), hasattr(o, "x"), hasattr(o, "y"))
print(getattr(o, "cls_attr"), hasattr(O, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "missing")
except AttributeError:
    print("AttributeError del")
print(getattr([1, 2], "count")(1), getattr("abc", "upper")())
print(hasattr(1, "real"), hasattr("s", "nope"))
name = "dyn"
setattr(O, name, lambda self: "dynamic method")
print(o.dyn())
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError on int")
print((5).real, (5).imag, (3.5).real, (1 + 2j).imag)
print(int.__name__, str.__name__)
print(callable(getattr(o, "dyn")))

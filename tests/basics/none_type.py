# None and NoneType
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, bool(None))
def f():
    pass
print(f() is None)
x = None
print(x or "default", x and "never")
print([None] * 2, {None: None})
try:
    None + 1
except TypeError:
    print("TypeError")
try:
    None.attr
except AttributeError:
    print("AttributeError")
try:
    nothing = None
    nothing()
except TypeError:
    print("TypeError call")
print(sorted([3, 1], key=lambda v: v) is not None)
print(hash(None) == hash(None))
print(isinstance(None, object), None.__class__.__name__)

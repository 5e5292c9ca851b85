# dir() and vars() of modules, classes with __dict__/__slots__, and instances; dir() without arguments in scopes
import sys
mod_names = dir(sys)
print(mod_names == sorted(mod_names), "path" in mod_names, "modules" in mod_names, "__name__" in mod_names)
v = vars(sys)
print(v is sys.__dict__, v["__name__"], type(v).__name__)
def f(a, b=1):
    c = 3
    return dir()
print(f(0))
class K:
    x = 1
    names = dir()
print(K.names)
class WithSlots:
    __slots__ = ("a", "b")
w = WithSlots()
w.a = 1
print([n for n in dir(w) if not n.startswith("__")], hasattr(w, "__dict__"))
try:
    vars(w)
except TypeError as e:
    print("TypeError", e)
class Normal:
    def __init__(self):
        self.p = 1
n = Normal()
vars(n)["q"] = 2
print(n.q, sorted(vars(n)), vars(n) is n.__dict__)
n.__dict__ = {"replaced": True}
print(n.replaced, hasattr(n, "p"))
for bad in [1, "s", [], None]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
print(sorted(x for x in dir() if not x.startswith("__")))

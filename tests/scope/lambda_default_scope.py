# lambda bodies and default values are evaluated in different scopes
n = "global n"
def make():
    n = "local n"
    a = lambda: n
    b = lambda n=n: n
    n = "rebound n"
    return a(), b()
print(make())
class C:
    v = "class v"
    f = lambda self, v=v: v
    g = lambda self: v
print(C().f())
v = "global v"
print(C().g())
def outer():
    fs = {}
    for name in ("a", "b"):
        fs[name] = lambda name=name: name.upper()
    return fs
print(sorted((k, f()) for k, f in outer().items()))

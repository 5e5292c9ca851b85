# __getattr__ is only called for missing attributes
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1), p.misses)
class Default:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)
d = Default()
print(d.real, d.x_hello)
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(d, "x_ok"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)
print(Dyn().anything(1, 2))
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value
l = Lazy()
print(l.abc, l.abc, l.abcdef)

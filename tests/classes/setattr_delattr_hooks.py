# __setattr__ and __delattr__
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = "two"
r.a += 1
del r.b
print(r.log)
print(r.a, hasattr(r, "b"))
class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
    def __delattr__(self, name):
        raise AttributeError("frozen del")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
print(f.x)
class Upper:
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
u = Upper()
u.name = "v"
print(u.NAME, hasattr(u, "name"))

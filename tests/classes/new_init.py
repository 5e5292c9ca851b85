# __new__ and __init__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a
t = Tracked(1)
print(t.created, t.a)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst
s1 = Singleton(); s2 = Singleton()
s1.n += 1
print(s1 is s2, s2.n)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(ReturnsOther())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), isinstance(u, str), u + "!")
class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pos(3, 4)
print(p, p.x, p[1], len(p))
class InitReturn:
    def __init__(self):
        return None
print(type(InitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print("TypeError __init__ returned non-None")
class Child(Tracked):
    def __init__(self):
        super().__init__("child")
c = Child()
print(c.a, type(c).__name__)

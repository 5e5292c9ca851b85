# __new__/__init__ protocol through type.__call__: return values, argument errors, singletons, immutables
class Plain:
    pass
for args in [(), (1,)]:
    try:
        Plain(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError", e)
class InitOnly:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
i = InitOnly(1)
print(i.a, i.b, InitOnly(1, b=3).b)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"c": 1})]:
    try:
        InitOnly(*args, **kw)
    except TypeError as e:
        print("TypeError")
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4), type(p).__name__, hash(p) == hash((3, 4)))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("abc") == "ABC", len(Upper("xy")), Upper("q").lower())
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class Both:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
Both(1, x=2)
print(type(object.__new__(Plain)).__name__, isinstance(Plain.__new__(Plain), Plain))

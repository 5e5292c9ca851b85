# attributes on exception instances and classes; Exception.__init__ from subclasses
e = ValueError("v")
e.code = 42
e.extra = [1]
print(e.code, e.extra, hasattr(e, "code"), getattr(e, "missing", "dflt"), sorted(vars(e)) if hasattr(e, "__dict__") else "")
del e.code
print(hasattr(e, "code"))
try:
    del e.code
except AttributeError:
    print("AttributeError")
try:
    e.nothing
except AttributeError as x:
    print("AttributeError", x)
class AppError(Exception):
    category = "app"
    def __init__(self, msg, code=0):
        Exception.__init__(self, msg)
        self.code = code
    def describe(self):
        return "%s[%d]: %s" % (self.category, self.code, self.args[0])
class DbError(AppError):
    category = "db"
try:
    raise DbError("conn lost", 7)
except AppError as x:
    print(x.describe(), x.args, isinstance(x, Exception), type(x).__name__, x.category)
class Inited(KeyError):
    def __init__(self, *a):
        BaseException.__init__(self, *a)
print(repr(Inited(1, 2)), Inited("k").args)
class Slotted(Exception):
    __slots__ = ("s",)
sl = Slotted()
sl.s = 1
print(sl.s)
class WithNew(Exception):
    def __new__(cls, *a):
        obj = super().__new__(cls, *a)
        obj.created = True
        return obj
w = WithNew("x")
print(w.created, w.args)
ex = OSError(2, "nf")
ex.filename = "f.txt"
print(ex.filename, ex.errno, str(ex))
ex.errno = 5
print(ex.errno, ex.args)
si = StopIteration(1)
si.value = 9
print(si.value, si.args)

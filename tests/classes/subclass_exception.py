# subclassing Exception
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Detailed(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
try:
    raise NotFound("file.txt")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args)
try:
    raise Detailed(404, "missing")
except Exception as e:
    print(e, e.code, e.args, repr(e.args))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
print(str(AppError()), str(AppError("a")), str(AppError("a", "b")), AppError(1, 2).args)
print(repr(AppError("x")), repr(AppError()))
class WithAttr(ValueError):
    extra = "class attr"
try:
    raise WithAttr("v")
except ValueError as e:
    print(e, e.extra, isinstance(e, WithAttr))
e = AppError("stored")
e.custom = 5
print(e.custom, e.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(3)
print(n.x, n.args)

# args, str() and repr() of builtin exceptions
for e in [ValueError(), ValueError("x"), ValueError("x", 1), ValueError(5),
          TypeError("t"), RuntimeError(""), Exception("a", "b"), IndexError(3),
          StopIteration(7), ZeroDivisionError("z"), AttributeError("attr")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
k = KeyError("key")
print(k.args, str(k), repr(k))
print(str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception()), repr(BaseException("b")))
e = Exception("m")
print(e.args[0], len(e.args), isinstance(e.args, tuple))
try:
    raise ValueError("raised")
except ValueError as err:
    print(err, repr(err), err.args)
print(str(OSError("plain")), OSError("plain").args)

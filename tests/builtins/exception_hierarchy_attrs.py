# the builtin exception hierarchy, constructor arguments and attributes
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
 "StopAsyncIteration", "ArithmeticError", "OverflowError", "ZeroDivisionError", "FloatingPointError", "AssertionError",
 "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
 "MemoryError", "NameError", "UnboundLocalError", "OSError", "TimeoutError", "ReferenceError", "RuntimeError",
 "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
 "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "UserWarning", "DeprecationWarning",
 "RuntimeWarning", "BlockingIOError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
 "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
 "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "ChildProcessError",
 "EnvironmentError", "IOError", "PendingDeprecationWarning", "SyntaxWarning", "ImportWarning",
 "FutureWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
import builtins
for n in names:
    c = getattr(builtins, n, None)
    if c is None:
        print(n, "missing"); continue
    print(n, c.__name__, [b.__name__ for b in c.__mro__])
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args, str(e), repr(e), e.filename)
e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.args, str(e), e.filename, type(e).__name__)
e = OSError("just msg")
print(e.errno, e.strerror, e.args, str(e))
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(13, "x")).__name__)
e = KeyError("k"); print(str(e), repr(e), e.args)
e = KeyError(); print(repr(str(e)), repr(e))
e = KeyError(1, 2); print(str(e), repr(e))
e = Exception(); print(repr(str(e)), repr(e), e.args)
e = Exception("a", 1); print(str(e), repr(e))
e = ValueError(None); print(str(e), repr(e))
e = StopIteration(5); print(e.value, e.args)
e = StopIteration(); print(e.value)
e = SystemExit(3); print(e.code, e.args)
e = SystemExit(); print(e.code)
e = SystemExit(1, 2); print(e.code)
e = ImportError("m", name="mod", path="/p"); print(e.name, e.path, e.msg, str(e))
e = SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3)); print(e.msg, e.filename, e.lineno, e.offset, e.text, str(e))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"); print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = Exception(); e.foo = 5; print(e.foo, hasattr(e, "bar"))
e = ValueError("x"); e.args = (1, 2); print(e.args, str(e))
e = ValueError("x"); print(e.__traceback__ is None, e.__cause__, e.__context__, e.__suppress_context__)
e2 = e.with_traceback(None); print(e2 is e)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
m = MyErr(5); print(m.code, m.args, str(m), repr(m), isinstance(m, ValueError), isinstance(m, Exception))
class E2(Exception):
    pass
print(repr(E2("a")), str(E2(1, 2)), E2().args)
class E3(Exception):
    def __str__(self): return "custom"
print(str(E3()), repr(E3()))
try:
    raise KeyError("k")
except LookupError as x:
    print("caught", repr(x))
try:
    {}["missing"]
except KeyError as x:
    print(x.args, str(x))
try:
    [][0]
except IndexError as x:
    print(x.args)
try:
    1 / 0
except ArithmeticError as x:
    print(type(x).__name__, x.args)
try:
    int("x")
except ValueError as x:
    print(x.args)
try:
    open("/nonexistent/x")
except OSError as x:
    print(type(x).__name__, x.errno, x.args[0], x.strerror, x.filename)
print(BaseException.__subclasses__ is not None, issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))

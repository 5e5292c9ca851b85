# catching builtin exceptions through their bases, tuples of classes, and re-raising
def raiser(exc):
    def f():
        raise exc
    return f
cases = [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), FileNotFoundError(2, "x"), TimeoutError(),
         UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), UnicodeEncodeError("ascii", "\u00e9", 0, 1, "bad"), RecursionError(), NotImplementedError(),
         ModuleNotFoundError("m"), UnboundLocalError("u"), TabError("t"), IndentationError("i"), StopAsyncIteration(), BrokenPipeError(), ConnectionResetError()]
bases = [LookupError, ArithmeticError, OSError, ValueError, UnicodeError, RuntimeError, ImportError, NameError, SyntaxError, Exception, ConnectionError]
for exc in cases:
    caught = []
    for base in bases:
        try:
            raise exc
        except base:
            caught.append(base.__name__)
        except BaseException:
            pass
    print(type(exc).__name__, caught)
for exc in [SystemExit(1), KeyboardInterrupt(), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught by Exception")
    except BaseException as b:
        print("BaseException caught", type(b).__name__)
try:
    {}["x"]
except (TypeError, ValueError, LookupError) as e:
    print("flat tuple", type(e).__name__)
try:
    try:
        [][1]
    except IndexError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    raise OSError
except OSError as e:
    print(repr(e), e.errno)
def bad_catch():
    try:
        raise ValueError
    except 5:
        pass
try:
    bad_catch()
except TypeError as e:
    print("TypeError", e)

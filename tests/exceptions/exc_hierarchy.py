# the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (IndentationError, SyntaxError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (Exception, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (ImportError, Exception),
    (MemoryError, Exception), (OSError, Exception), (TypeError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (EOFError, Exception),
    (StopAsyncIteration, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(KeyError, IndexError), issubclass(ValueError, TypeError))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("caught by ArithmeticError:", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("caught by LookupError:", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException catches", type(e).__name__)

# exceptions raised inside an except block
def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("in handler")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        return "inner handled, outer handler continues"
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
try:
    h()
except ZeroDivisionError:
    print("wrong")
except IndexError as e:
    print("IndexError with context", type(e.__context__).__name__)
def nested_reraise():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    nested_reraise()
except ValueError as e:
    print("bare raise re-raises the outer:", e)
except KeyError:
    print("wrong")

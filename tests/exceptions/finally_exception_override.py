# an exception in finally replaces the in-flight one
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("got", type(e).__name__, e.args, type(e.__context__).__name__)
except ValueError:
    print("wrong")
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally raises after return")
try:
    g()
except RuntimeError as e:
    print(e)
def h():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("handled t")
        raise IndexError("new")
    finally:
        print("outer finally")
try:
    h()
except IndexError as e:
    print("propagated", e)

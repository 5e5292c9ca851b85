# the except target variable is deleted after the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", type(e).__name__)
try:
    print(e)
except NameError:
    print("e was deleted")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as ue:
        return type(ue).__name__
print(f())
def keep():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as exc:
        saved = exc
    return saved
print(repr(keep()), keep().args)
try:
    raise TypeError("t")
except (ValueError, TypeError) as err2:
    print("tuple handler", type(err2).__name__, err2)
print("err2" in globals())

# implicit exception chaining via __context__
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(type(e.__context__).__name__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)
def handler():
    try:
        raise IndexError("i")
    except IndexError:
        try:
            raise TypeError("t")
        except TypeError as t:
            return t
t = handler()
print(type(t.__context__).__name__, t.__context__.args)
try:
    try:
        raise KeyError("a")
    except KeyError as ka:
        raise ka
except KeyError as again:
    print(again.__context__)

# raising classes, instances, re-raising
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args)
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raise")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", e.args)
try:
    raise 5
except TypeError:
    print("TypeError raising non-exception")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError raising non-exception class")
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("raise e", e2)
def raise_in_func():
    raise IndexError("deep")
def middle():
    raise_in_func()
try:
    middle()
except LookupError as e:
    print("caught via base", type(e).__name__, e)
err = RuntimeError("stored")
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(i, e is err)
try:
    raise
except RuntimeError:
    print("RuntimeError: no active exception")

# sys.exc_info() inside and outside handlers
import sys

print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v))
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0], repr(sys.exc_info()[1]))
    print(sys.exc_info()[0], repr(sys.exc_info()[1]))
print(sys.exc_info())

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0]
print(f())
print(sys.exc_info())
try:
    try:
        raise TypeError("a")
    finally:
        print("finally", sys.exc_info()[0])
except TypeError:
    pass

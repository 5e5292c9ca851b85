# UnboundLocalError is a NameError
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", isinstance(e, NameError))
    x = 5
    return x
print(f())
def g():
    try:
        y += 1
    except NameError as e:
        print(type(e).__name__)
    y = 0
g()
def h():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return type(e).__name__
print(h())
def cond(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError:
        return "unbound"
print(cond(True), cond(False))
try:
    undefined_global_name
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError))

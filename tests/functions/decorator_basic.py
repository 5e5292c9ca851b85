# decorators without arguments
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
calls = []
def trace(fn):
    def w(*a):
        calls.append(fn.__name__)
        return fn(*a)
    w.__name__ = fn.__name__
    return w
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"]())
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
def counted(fn):
    def w(*a):
        w.count += 1
        return fn(*a)
    w.count = 0
    return w
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.count)

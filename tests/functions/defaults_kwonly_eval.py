# defaults (positional and keyword-only) are evaluated once, left to right
log = []
def mark(v):
    log.append(v)
    return v
def f(a=mark(1), *, b=mark(2), c=mark(3)):
    return a, b, c
print(log)
print(f(), f(0, c=9), log)
def g(x=mark("x"), y=mark("y")):
    return x + y
print(g(), g("p"), log)
def outer(n):
    def inner(v=n * 2):
        return v
    return inner
print(outer(1)(), outer(5)(), outer(5)(0))

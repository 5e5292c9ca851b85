# *args and **kwargs
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(a=1, b=2))
def all_kinds(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(all_kinds(1, c=3))
print(all_kinds(1, 2, 3, 4, c=5, d=6, e=7, f=8))
def fwd(*a, **k):
    return all_kinds(*a, **k)
print(fwd(9, c=0, zz=1))
def count(*items):
    n = 0
    for _ in items:
        n += 1
    return n
print(count(*range(50)))
def kwtypes(**kw):
    return type(kw).__name__, list(kw)
print(kwtypes(z=1, y=2, x=3))
def modify(**kw):
    kw["new"] = 1
    return kw
src = {"a": 0}
print(modify(**src), src)

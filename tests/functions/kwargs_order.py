# **kwargs preserves the order in which keywords were passed
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, **kw):
    return a, list(kw)
print(g(1, y=0, x=0), g(x=1, a=0, w=2))
def h(*, c, b, a):
    return a, b, c
print(h(a=1, b=2, c=3), h(c=3, a=1, b=2))
d = dict(q=1, p=2)
print(list(d))

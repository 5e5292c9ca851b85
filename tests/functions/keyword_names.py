# unusual keyword argument names
def f(self, cls, **kw):
    return self, cls, sorted(kw)
print(f(cls=2, self=1, print=3, len=4))
def g(**kw):
    return sorted(kw.items())
print(g(**{"with space": 1, "": 2, "1x": 3}))
class C:
    def m(self, **kw):
        return sorted(kw)
print(C().m(self_=1, other=2))
try:
    C().m(self=1)
except TypeError:
    print("TypeError self twice")
def h(a, b):
    return a - b
print(h(b=1, a=10), h(**{"b": 1, "a": 10}))

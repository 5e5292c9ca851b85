# how functions become methods
def free(self, x):
    return ("free", x)
class C:
    m = free
    def __init__(self):
        self.inst_fn = lambda x: ("instance fn", x)
c = C()
print(c.m(1), C.m(c, 2), c.inst_fn(3))
c.other = free
try:
    c.other(4)
except TypeError:
    print("TypeError: instance attribute functions are not bound")
print(c.other("self?", 5))
class D:
    builtin = len
print(D().builtin([1, 2, 3]))
class E:
    def method(self):
        return self
e = E()
print(e.method() is e, E.method(e) is e, E.method("anything"))
class Callable:
    def __call__(self, *a):
        return ("callable", len(a))
class F:
    c = Callable()
print(F().c(1))
class G:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def k(cls):
        return cls.__name__
g = G()
print(g.s(), G.s(), g.k(), G.k())

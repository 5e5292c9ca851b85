# super(): zero-arg and explicit forms, diamonds, classmethods, properties, attribute errors
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @property
    def prop(self):
        return "A.prop"
    def __repr__(self):
        return "<%s>" % type(self).__name__
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
    @classmethod
    def make(cls):
        return "C>" + super().make()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    @property
    def prop(self):
        return "D>" + super().prop
print(D().who(), [k.__name__ for k in D.__mro__], D.make(), D().prop)
print(super(B, D()).who(), super(C, D()).who(), super(D, D()).make(), super(B, D).make())
class E(A):
    def m(self):
        def inner():
            return super(E, self).who()
        return inner()
    def lam(self):
        return (lambda: super(E, self).who())()
print(E().m(), E().lam())
class F(A):
    @staticmethod
    def s():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError"
print(F.s())
sup = super(D, D())
print(sup.who(), sup.__self__, sup.__self_class__.__name__, sup.__thisclass__.__name__, repr(sup.__self__))
for bad in [lambda: super(int, "x"), lambda: super(5, 5), lambda: super(D, A()), lambda: super(A, A()).nope, lambda: super(A, A()).who()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def keys(self):
        return sorted(super().keys())
g = G()
g["a"] = 1
g["b"] = 2
print(g["a"], dict.__getitem__(g, "a"), g.keys(), super(G, g).keys() is not None)
class H(list):
    def append(self, x):
        super().append(x)
        super().append(x)
h = H()
h.append(1)
print(h, len(h))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.tag)
class InitSub:
    seen = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        InitSub.seen.append(cls.__name__)
class K1(InitSub): pass
class K2(K1): pass
print(InitSub.seen)

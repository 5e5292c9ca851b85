# object default methods, rich comparison fallbacks, classmethod/staticmethod/property objects, super forms
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o), o.__hash__() == hash(o), o.__str__() == o.__repr__(), o.__format__("") == str(o))
t(o.__format__, "x")
t(format, o, "s")
print(type(o.__sizeof__()).__name__, o.__class__ is object, object.__init__(o))
class E:
    def __eq__(self, other):
        return "eqres"
e = E()
print(e == 1, e != 1, 1 == e, 1 != e, e.__ne__(1))
class N:
    def __ne__(self, other):
        return "neres"
print(N() != 1, N() == 1, 1 != N())
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Lt(1) < Lt(2), Lt(2) > Lt(1), sorted([Lt(3), Lt(1)])[0].v)
t(lambda: Lt(1) <= Lt(2))
class Ni:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
print(Ni() == Ni(), Ni() != Ni(), Ni() == 1)
t(lambda: Ni() < Ni())
class Cm:
    count = 0
    @classmethod
    def make(cls, *a): return cls, a
    @staticmethod
    def st(*a): return a
    def inst(self): return self
class Cm2(Cm): pass
print(Cm.make(1)[0].__name__, Cm2.make()[0].__name__, Cm2().make(2)[1], Cm.st(1, 2), Cm().st(), Cm2.st(3))
print(type(Cm.__dict__["make"]).__name__, type(Cm.__dict__["st"]).__name__, Cm.__dict__["make"].__func__.__name__)
t(Cm.inst)
print(Cm.inst(5), Cm().inst().__class__.__name__)
cm = classmethod(lambda cls: cls.__name__)
class Late: pass
Late.f = cm
Late.g = staticmethod(abs)
print(Late.f(), Late().f(), Late.g(-3), Late().g(-4))
sm = staticmethod(len)
print(sm(["a", "b"]) if callable(sm) else "not callable", callable(cm))
class P:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx, None, "the x")
    y = property(getx)
    z = property(fset=setx)
pp = P()
pp.x = 5; print(pp.x, P.x.__doc__, P.x.fget.__name__, P.y.fset, P.z.fget)
t(setattr, pp, "y", 1)
t(getattr, pp, "z")
t(delattr, pp, "x")
prop = P.x.getter(lambda s: "new getter")
print(prop.__get__(pp), P.x.__get__(pp), P.x.__get__(None, P) is P.x, prop.fset is P.x.fset)
class Q(P):
    @P.x.getter
    def x(self): return "Q" + str(self._x)
q = Q(); q.x = 2; print(q.x)
class Sup:
    def m(self): return "Sup.m"
    @property
    def p(self): return "Sup.p"
    @classmethod
    def c(cls): return "Sup.c " + cls.__name__
class Sub(Sup):
    def m(self): return "Sub>" + super().m()
    @property
    def p(self): return "Sub>" + super().p
    @classmethod
    def c(cls): return "Sub>" + super().c()
    def viaexplicit(self): return super(Sub, self).m(), super(Sup, self).__str__ is not None
print(Sub().m(), Sub().p, Sub.c(), Sub().c(), Sub().viaexplicit())
sp = super(Sub, Sub())
print(sp.m(), sp.__self_class__.__name__, sp.__thisclass__.__name__, type(sp).__name__)
t(getattr, sp, "nothing")

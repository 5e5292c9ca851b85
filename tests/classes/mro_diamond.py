# multiple inheritance with C3 MRO (diamond shapes)
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
d = D()
print(d.who(), d.only_a(), d.only_c())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class F(D):
    def who(self):
        return "F>" + super().who()
print(F().who(), [k.__name__ for k in F.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])

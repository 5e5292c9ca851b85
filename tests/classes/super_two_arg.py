# explicit super(Class, obj) form
class A:
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B+" + super(B, self).name()
class C(B):
    def name(self):
        return "C+" + super(C, self).name()
    def skip(self):
        return super(B, self).name()
c = C()
print(c.name(), c.skip())
print(super(C, c).name(), super(B, c).name())
class P:
    def __init__(self):
        self.p = "P init"
class Q(P):
    def __init__(self):
        super(Q, self).__init__()
        self.q = "Q init"
q = Q()
print(q.p, q.q)
class S:
    @classmethod
    def create(cls):
        return cls.__name__
class T(S):
    @classmethod
    def create(cls):
        return "T/" + super(T, cls).create()
print(T.create())

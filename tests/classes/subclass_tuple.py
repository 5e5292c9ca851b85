# subclassing tuple
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, "x")
print(p, p.first(), p.swap(), len(p), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, p == (1, "x"), hash(p) == hash((1, "x")), p + (3,), type(p + (3,)).__name__)
class Named(tuple):
    fields = ("x", "y")
    def __getattr__(self, name):
        if name in self.fields:
            return self[self.fields.index(name)]
        raise AttributeError(name)
    def __repr__(self):
        return "Named(%s)" % ", ".join("%s=%r" % (f, v) for f, v in zip(self.fields, self))
n = Named((3, 4))
print(n, n.x, n.y, n[0], sorted([Named((2, 1)), Named((1, 2))]))
class C(tuple):
    pass
print(C([1, 2]), C(), C("ab"), C(range(3))[1:], {C((1,)): 1}[(1,)])
class Foo:
    def __str__(self):
        return "Foo.__str__"
class TF(tuple, Foo):
    pass
print(str(TF((1, 2))))

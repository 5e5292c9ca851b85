# user classes deriving from a namedtuple class
from collections import namedtuple

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, v.scaled(2), type(v.scaled(2)).__name__)
print(isinstance(v, tuple), len(v), v[1])
print(Vec._make([5, 6]), type(Vec._make([5, 6])).__name__)

class Named(namedtuple('Base', 'a b')):
    def __repr__(self):
        return 'Named<%s,%s>' % self
    def total(self):
        return sum(self)

n = Named(1, 2)
print(n, repr(n), n.total(), n._asdict())
n.extra = 'ok'
print(n.extra)

# a subclass with its own __new__
class Pos(namedtuple('Pos', 'row col')):
    def __new__(cls, row, col=0):
        return super().__new__(cls, row, col)
print(Pos(3), Pos(3, 4), Pos(row=1))

# subclass with __init__ taking the same arguments
class Tracked(namedtuple('Tracked', 'k v')):
    count = 0
    def __init__(self, k, v):
        Tracked.count += 1
t1 = Tracked(1, 2)
t2 = Tracked(k=3, v=4)
print(t1, t2, Tracked.count)

# inherited repr uses the subclass name
class Child(namedtuple('Parent', 'p')):
    pass
print(Child(1))
print([c.__name__ for c in Child.__mro__])

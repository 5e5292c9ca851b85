# tuple subclasses and namedtuple-like classes
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return 'Pt(%r, %r)' % self
p = Pt(1, 2)
print(p, p.x, p.y, len(p), p[0], p[-1], p == (1, 2), hash(p) == hash((1, 2)), type(p[:]).__name__, type(p + (3,)).__name__)
a, b = p
print(a, b, list(p), tuple(p), type(tuple(p)).__name__, sorted([Pt(2, 0), Pt(1, 5)]))
print({p: 'v'}[(1, 2)], (1, 2) in {p}, p.count(1), p.index(2), max(p))
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t).__name__, t * 2, type(t * 2).__name__, t[::2], isinstance(t, tuple))
print(T(), T('ab'), T(x for x in range(3)))
try:
    T(1)
except TypeError as e:
    print('TypeError', e)

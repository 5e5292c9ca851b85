# namedtuple instances are real tuples with named fields
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p)
print(repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], p[-2])
print(len(p), list(p), tuple(p))
x, y = p
print(x, y)
a, *rest = Point(5, 6)
print(a, rest)
print(p == (1, 2), p != (1, 2), (1, 2) == p, p == Point(1, 2), p == Point(2, 1))
print(p < Point(1, 3), p > (0, 9), p <= (1, 2))
print(hash(p) == hash((1, 2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p) is Point)
print(type(p).__name__, Point.__name__)
print(p[:1], p[::-1], p + (3,), p * 2)
print(1 in p, 3 in p, p.count(1), p.index(2))
d = {p: 'origin-ish'}
print(d[Point(1, 2)], d[(1, 2)])
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(max(Point(3, 4)), sum(Point(3, 4)))
# a string with commas and extra whitespace
P3 = namedtuple('P3', ' a , b,c  ')
print(P3(1, 2, 3), P3._fields)
# a list of names
P4 = namedtuple('P4', ['left', 'right'])
print(P4('l', 'r'))
# no fields
E = namedtuple('E', '')
print(E(), len(E()), E._fields)
# values of any type, nested namedtuples
Line = namedtuple('Line', 'start end')
ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.end.y)
print(Point([1], {'a': 2}))

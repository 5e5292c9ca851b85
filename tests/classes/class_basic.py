# basic classes, instances, methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, p.dist2(q))
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(type(p).__name__, isinstance(p, Point), p.__class__ is Point)
class Empty:
    pass
e = Empty()
e.anything = 5
print(e.anything)
class WithClassAttr:
    kind = "thing"
    def describe(self):
        return "a " + self.kind
w = WithClassAttr()
print(w.describe(), WithClassAttr.kind)
w.kind = "override"
print(w.describe(), WithClassAttr.kind)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
print(Point(0, 0).dist2(Point(3, 4)))

# rich comparison methods
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __repr__(self): return "V(%d)" % self.v
    __hash__ = None
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == V(1), a != V(1))
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
print(a == 1, a != "x")
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
class Log:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq called on", self.n)
        return NotImplemented
print(Log(1) == Log(2))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()].count(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError:
    print("TypeError")
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return "truthy string"
print(Cmp(1) < Cmp(2), bool(Cmp(1) < Cmp(2)))

# reflected (right-hand) operator methods
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
    def __radd__(self, o): return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rrshift__(self, o): return R(o >> self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
r = R(3)
print(10 + r, 10 - r, 10 * r, 12 / r, 10 // r, 10 % r, 2 ** r)
print(1 << r, 64 >> r, 6 & r, 4 | r, 5 ^ r)
print(0 + R(1), sum([R(1)], 5))
class Both:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd of " + self.tag
class Other:
    def __add__(self, o):
        return NotImplemented
print(Other() + Both("b"))
print(1 + Both("c"))
try:
    Both("a") + Both("b")
except TypeError:
    print("TypeError same type: no reflected call")
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ (subclass wins)"
print(Base() + Sub())
print(5 * R(2), "ab" * 1 + "!" if True else None)
try:
    "x" - R(1)
except TypeError:
    print("TypeError")

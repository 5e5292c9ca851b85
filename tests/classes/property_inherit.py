# properties and inheritance, including super() on properties
class Base:
    def __init__(self):
        self._a = 10
    @property
    def a(self):
        return self._a
class Child(Base):
    @property
    def a(self):
        return super().a * 2
print(Base().a, Child().a)
class Shape:
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return type(self).__name__.lower()
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
for s in [Rect(2, 3), Square(4)]:
    print(s.name, s.area)
class WithSetter(Base):
    @Base.a.setter
    def a(self, v):
        self._a = -v
w = WithSetter()
w.a = 5
print(w.a)
try:
    b = Base()
    b.a = 1
except AttributeError:
    print("AttributeError")

# abstract base pattern with NotImplementedError and polymorphism
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Circle(1), Rect(1, 1)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes) > 10)
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
print(sorted(shapes, key=lambda s: s.area())[0].describe())
def total_area(items):
    return round(sum(i.area() for i in items), 3)
print(total_area(shapes))

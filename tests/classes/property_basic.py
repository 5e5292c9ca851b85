# property with getter, setter and deleter
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError read-only")
del t.celsius
print(hasattr(t, "_c"))
class Old:
    def get_x(self):
        return self.__dict__.get("_x", "unset")
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x)
o = Old()
print(o.x)
o.x = 21
print(o.x)
print(type(Temp.celsius).__name__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)

# staticmethod/classmethod: descriptor __get__, wrapping other descriptors, calling through instances and subclasses
class Base:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def util(a, b=2):
        return a * b
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, v=0):
        self.v = v
class Derived(Base):
    pass
print(Base.inc(), Base.inc(), Derived.inc(), Base.count, Derived.count, Derived().inc())
print(Base.util(3), Base().util(3, b=3), Derived.util(a=4), type(Derived.create(5)).__name__, Derived.create(5).v)
sm = Base.__dict__["util"]
cm = Base.__dict__["inc"]
print(sm.__get__(None, Base)(5), sm.__get__(Base())(6), cm.__get__(None, Derived)(), cm.__get__(Derived())(), Derived.count)
print(type(Base.util).__name__, type(Base.inc).__name__, Base.inc.__self__ is Base, Base.inc.__func__ is cm.__func__)
def free(x):
    return ("free", x)
class Attach:
    s = staticmethod(free)
    c = classmethod(free)
    f = free
a = Attach()
print(a.s(1), Attach.s(1), a.c(), Attach.c(), a.f()[1] is a, Attach.f(2))
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
    @classmethod
    def total(cls):
        return len(cls.instances)
    @staticmethod
    def reset():
        Counter.instances = []
Counter(); Counter()
print(Counter.total())
Counter.reset()
print(Counter.total(), Counter().total())
try:
    staticmethod()
except TypeError:
    print("TypeError")
try:
    classmethod(1, 2)
except TypeError:
    print("TypeError")
print(callable(staticmethod(free)), staticmethod(free)(9), isinstance(classmethod(free), classmethod))

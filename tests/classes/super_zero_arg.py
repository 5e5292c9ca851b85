# zero-argument super()
class Base:
    def __init__(self, v):
        self.v = v
        self.log = ["Base.__init__"]
    def describe(self):
        return "Base(%s)" % self.v
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
        self.log.append("Child.__init__")
    def describe(self):
        return "Child[" + super().describe() + ", %s]" % self.w
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
class GrandChild(Child):
    def describe(self):
        return "GC{" + super().describe() + "}"
g = GrandChild(1, 2)
print(g.describe())
print(g.log)
print(GrandChild.make())
class Ctr(list):
    def append(self, x):
        super().append(x * 10)
c = Ctr()
c.append(1); c.append(2)
print(c)
class Attr:
    greeting = "hi from Attr"
class Sub(Attr):
    greeting = "hi from Sub"
    def get(self):
        return super().greeting
print(Sub().get())
class InLambdaNotAllowed(Base):
    def m(self):
        fn = lambda: super(InLambdaNotAllowed, self).describe()
        return fn()
print(InLambdaNotAllowed(7).m())

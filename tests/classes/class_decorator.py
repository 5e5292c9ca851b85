# class decorators
def add_repr(cls):
    def __repr__(self):
        items = sorted(self.__dict__.items())
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % kv for kv in items))
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, 2), [Pt(0, "a")])
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.reg_name = name
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), registry["circle"].reg_name, Square.reg_name)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
def counted(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.instances = 0
    cls.__init__ = __init__
    return cls
@counted
@add_repr
class Item:
    def __init__(self, n):
        self.n = n
Item(1); Item(2)
print(Item.instances, Item(3))

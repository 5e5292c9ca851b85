# decorators with arguments and stacked decorators
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("a"))
def tag(name):
    def deco(fn):
        def w():
            return "<%s>%s</%s>" % (name, fn(), name)
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
def prefix(p="> "):
    def deco(fn):
        return lambda *a: p + fn(*a)
    return deco
@prefix()
def a1():
    return "default"
@prefix(p="# ")
def a2():
    return "custom"
print(a1(), a2())
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a) * 2
@Deco
def dbl(x):
    return x
print(dbl(5), dbl("ab"), dbl.n)
ops = {}
def reg(fn):
    return ops.setdefault(fn.__name__, fn)
@reg
def sub(a, b):
    return a - b
print(ops["sub"](5, 3), sub(9, 1))

# attribute lookup: instance -> class -> bases, dynamic modification
class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    pass
class C(B):
    pass
c = C()
print(c.x, c.f())
A.x = "A.x changed"
print(c.x)
B.x = "B.x"
print(c.x)
c.x = "instance"
print(c.x)
del c.x
print(c.x)
del B.x
print(c.x)
B.f = lambda self: "B.f added later"
print(c.f())
del B.f
print(c.f())
try:
    del C.x
except AttributeError:
    print("AttributeError del inherited attr")
print(getattr(c, "x"), hasattr(C, "f"))
print([k.__name__ for k in C.__mro__])

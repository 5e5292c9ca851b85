# data descriptors beat instance dict; non-data descriptors lose to it
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        obj.__dict__["d"] = value
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n)
c.__dict__["d"] = "instance value d"
c.__dict__["n"] = "instance value n"
print(c.d, c.n)
c.d = "assigned"
print(c.d, c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
class Method:
    def f(self):
        return "method"
m = Method()
print(m.f())
m.f = lambda: "instance attribute shadows method"
print(m.f())
del m.f
print(m.f())
class WithProp:
    @property
    def p(self):
        return "property wins"
w = WithProp()
w.__dict__["p"] = "instance"
print(w.p)

# class attributes vs instance attributes
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
        self.shared.append(name)
a = C("a")
b = C("b")
print(C.count, a.count, b.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.newattr = "added later"
print(a.newattr, b.newattr)
b.shared = ["own"]
print(a.shared, b.shared, C.shared)
print(sorted(a.__dict__.items()))
print(sorted(b.__dict__))
a.__dict__["direct"] = 1
print(a.direct)
print(hasattr(C, "name"), hasattr(a, "name"))
class D(C):
    count = 50
d = D("d")
print(D.count, C.count, d.count)

# dict | and |=, recursive reprs of containers
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print({1: 2} | {3: 4}, {1: 2} | {1: 5}, {} | {})
m = {1: 2}; m |= {3: 4}; m |= [(5, 6)]; m |= {}; print(m)
t(lambda: {1: 2} | [(3, 4)])
t(lambda: [(3, 4)] | {1: 2})
def ior():
    x = {1: 2}
    x |= 5
t(ior)
r = {}; r[1] = r; print(r)
l = [1]; l.append(l); print(l, repr(l), str(l))
tt = (l,); print(tt)
dd = {"self": None}; dd["self"] = [dd]; print(dd)
a = []; b = [a]; a.append(b); print(a, b)
class C:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "C(%r)" % (self.items,) if len(self.items) < 2 else "C"
c = C()
print(repr([1, 2]), repr({"x": [{}]}))
s = {1: {2: {3: {}}}}
print(s)
nested = []
for i in range(50):
    nested = [nested]
print(str(nested).count("["))
x = {}
x["a"] = x.keys()
print(x if False else "views skip")

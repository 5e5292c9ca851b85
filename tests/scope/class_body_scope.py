# class body names are not visible inside methods
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def method2(self):
        return self.x
    def method3(self):
        return C.x
c = C()
print(C.y, c.method(), c.method2(), c.method3())
class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    try:
        bad = [items for _ in range(1)]
    except NameError:
        bad = "NameError: class var not visible in comprehension body"
print(D.total, D.doubled, D.bad)
def f():
    z = "func z"
    class E:
        z = "class z"
        def m(self):
            return z
    return E().m()
print(f())
class F:
    a = 1
    def g(self):
        try:
            return a
        except NameError:
            return "NameError"
print(F().g())
class G:
    n = 5
    lam = lambda self: n
try:
    G().lam()
except NameError:
    print("NameError: a lambda in a class body cannot see class variables")

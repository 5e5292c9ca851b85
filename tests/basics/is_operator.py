# identity tests with is / is not
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
print(type(1) is int, type("") is str, type([]) is not tuple)
class A: pass
o1, o2 = A(), A()
print(o1 is o1, o1 is o2)
def f(): pass
g = f
print(g is f)
print(... is Ellipsis, NotImplemented is NotImplemented)
t = ()
print(t is t)
s = "abc"
print(s is s)
print(int is int, object() is object())

# default argument values
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=0))
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g(), g([5]))
n = 10
def h(v=n):
    return v
n = 20
print(h())
def k(a, b=[]):
    b.append(a)
    return b
print(k(1), k(2), k(3, []), k(4))
r1 = k(5)
print(r1 is k(6), r1)
def d(x={}):
    x[len(x)] = len(x)
    return x
d(); d()
print(d())
def e(s="a" * 3, t=(1, 2)):
    return s, t
print(e())
def expr(v=1 + 2 * 3):
    return v
print(expr())
def calls(v=len("abcd")):
    return v
print(calls())

# positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__)
def g(x, /, **kw):
    return x, sorted(kw.items())
print(g(1, x=2))
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 10))
try:
    h(a=1)
except TypeError as e:
    print(type(e).__name__)
def pow2(base, exp=2, /):
    return base ** exp
print(pow2(3), pow2(2, 10))

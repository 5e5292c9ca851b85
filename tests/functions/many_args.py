# functions with many parameters and arguments
def f20(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9):
    return a0 + a9 * 10 + b0 * 100 + b9 * 1000
print(f20(*range(20)))
print(f20(*range(10), *range(10, 20)))
def total(*a):
    return sum(a), len(a)
print(total(*range(1000)))
def kws(**k):
    return len(k), sum(k.values())
big = {"k%d" % i: i for i in range(300)}
print(kws(**big))
def mix(a, b, c, d, e, f, g, h, *rest, x=1, y=2, z=3, **kw):
    return a + h + len(rest) + x + y + z + len(kw)
print(mix(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, x=10, w=0, v=0))
print(max(*range(500)), min(*[5, 3, 8]))
def defaults(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8):
    return a * b * c * d * e * f * g * h
print(defaults(), defaults(h=1), defaults(2, g=1))

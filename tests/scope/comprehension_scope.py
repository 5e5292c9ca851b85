# comprehensions have their own scope
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
def f():
    j = "local j"
    r = [j for j in "ab"]
    return j, r
print(f())
def g():
    n = 3
    return [n * k for k in range(n)]
print(g())
def h():
    fs = [lambda: k for k in range(3)]
    return [fn() for fn in fs]
print(h())
x = 10
print([x + y for y in range(3)], {x: y for y in range(1)}, sorted({x * y for y in range(2)}))
def nested():
    return [[a * b for b in range(a)] for a in range(4)]
print(nested())
def shadow_param(a):
    return [a for a in range(a)]
print(shadow_param(3))
def genexp_scope():
    t = 5
    g = (t * s for s in range(3))
    t = 100
    return list(g)
print(genexp_scope())

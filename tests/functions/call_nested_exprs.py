# calls nested inside expressions, keyword expression args
def f(x):
    return x + 1
def g(x, y=0):
    return x * 2 + y
print(f(g(f(1))), g(f(2), y=f(3)), g(y=g(1), x=g(2)))
print([f(i) for i in map(f, range(3))])
print(f(f(f(f(f(0))))))
print(g(*(f(i) for i in range(1)), **{"y": f(9)}))
print(sorted(map(f, [3, 1, 2]), key=lambda v: -v))
print(dict(a=f(1), b=g(2))["b"])
print(str(f(10)).zfill(4), "%d" % g(7))
print((lambda *a: a)(f(1), *[f(2)], f(3)))

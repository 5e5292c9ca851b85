# yield used as an expression in various positions
def g1():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    lst = [(yield "list item"), (yield "second")]
    print("lst =", lst)
    yield "end"
g = g1()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("A"))
print(g.send("B"))
def g2():
    print((yield 1), (yield 2))
gg = g2()
next(gg); gg.send("first")
try:
    gg.send("second")
except StopIteration:
    pass
def g3():
    total = 0
    while True:
        total += (yield total) or 0
t = g3()
print(next(t), t.send(5), t.send(None), t.send(2))
def g4():
    d = {"k": (yield "key")}
    yield d
q = g4()
print(next(q), q.send("value"))
def g5():
    try:
        yield 1
    finally:
        yield "yield in finally"
print(list(g5()))

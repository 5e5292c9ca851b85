# comprehension loop variables do not leak
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = "y"
s = {y for y in "ab"}
print(y, sorted(s))
d = {k: v for k, v in [(1, 2)]}
print(d)
try:
    k
except NameError:
    print("k not defined")
g = (z for z in range(2))
try:
    z
except NameError:
    print("z not defined")
print(list(g))
# the first iterable is evaluated in the enclosing scope
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
def f():
    a = 10
    return [a + i for i in range(3)]
print(f())
def g2():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g2())
def h():
    return [lambda j=j: j for j in range(3)]
print([q() for q in h()])
print([[i for i in range(i)] for i in range(4)])

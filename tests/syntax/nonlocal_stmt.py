# nonlocal statement
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = "c"
        c()
        return v
    r = b()
    return r, v
print(a())
def two():
    p, q = 1, 2
    def sw():
        nonlocal p, q
        p, q = q, p
    sw()
    return p, q
print(two())
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1 = counter(); c2 = counter()
print(c1(), c1(), c2(), c1())
def loop_nl():
    total = 0
    def add(k):
        nonlocal total
        total += k
    for i in range(5):
        add(i)
    return total
print(loop_nl())

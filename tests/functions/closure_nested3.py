# closures nested three levels deep
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
def counter3():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    return mid
m = counter3()
i1, i2 = m(), m()
print(i1(), i2(), i1())
def shadow():
    x = "L1"
    def f2():
        x = "L2"
        def f3():
            return x
        return f3()
    return f2(), x
print(shadow())
def skip_level():
    v = "outer"
    def mid():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
    mid()
    return v
print(skip_level())
def mixed(a):
    def f(b):
        c = a * b
        def g(d):
            return [a, b, c, d]
        return g
    return f
print(mixed(2)(3)(4))

# edge cases of global and nonlocal
v = "module"
def f():
    v = "f local"
    def g():
        global v
        v = "set by g"
    g()
    return v
print(f(), v)
def h():
    w = 1
    def inner():
        nonlocal w
        w += 1
        def deeper():
            nonlocal w
            w *= 10
        deeper()
    inner()
    return w
print(h())
def k():
    a = "k"
    def m():
        a = "m"
        def n():
            nonlocal a
            a = "changed m's a"
        n()
        return a
    return m(), a
print(k())
def global_in_nested():
    def inner():
        global created_here
        created_here = "from inner"
    inner()
print("created_here" in globals())
global_in_nested()
print(created_here)
def same_name_param(p):
    def inner():
        nonlocal p
        p = p * 2
    inner()
    return p
print(same_name_param(21))
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump(); bump()
print(counter)

# closures see the variable, not the value at definition time
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def build():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 99
    return fs
print([f() for f in build()])
def build_fixed():
    fs = []
    for j in range(3):
        def f(j=j):
            return j
        fs.append(f)
    return fs
print([f() for f in build_fixed()])
def factory():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(factory()())
def cell_shared():
    v = []
    def a():
        v.append("a")
    def b():
        v.append("b")
        return v
    return a, b
fa, fb = cell_shared()
fa(); print(fb())
def outer():
    fs = [lambda: k * 2 for k in range(3)]
    return [f() for f in fs]
print(outer())

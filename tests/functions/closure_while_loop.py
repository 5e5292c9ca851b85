# closures created in while loops and comprehensions
fs = []
i = 0
while i < 3:
    fs.append(lambda: i)
    i += 1
print([f() for f in fs])
def build():
    out = []
    n = 0
    while n < 3:
        def f(n=n):
            return n * n
        out.append(f)
        n += 1
    return out
print([f() for f in build()])
def nest():
    return [[lambda a=a, b=b: (a, b) for b in range(2)] for a in range(2)]
print([[f() for f in row] for row in nest()])
def gen_closures():
    for k in range(3):
        yield lambda: k
print([f() for f in gen_closures()])
print([f() for f in list(gen_closures())])

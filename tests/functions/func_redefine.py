# redefining functions and conditional definitions
def f():
    return 1
first = f
def f():
    return 2
print(first(), f())
if True:
    def g():
        return "true branch"
else:
    def g():
        return "false branch"
print(g())
fs = []
for i in range(3):
    def h(i=i):
        return i * 100
    fs.append(h)
print([x() for x in fs], fs[0] is fs[1])
def make(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a * b
    return op
print(make("add")(3, 4), make("mul")(3, 4))
def self_replacing():
    global self_replacing
    def self_replacing():
        return "second"
    return "first"
print(self_replacing(), self_replacing(), self_replacing())

# names defined by exec and functions defined inside exec
g = {}
exec("""
counter = 0
def inc():
    global counter
    counter += 1
    return counter
class Box:
    def __init__(self, v):
        self.v = v
""", g)
print(g["inc"](), g["inc"](), g["counter"])
print(g["Box"](3).v, g["Box"].__name__)
exec("def closure_maker(n):\n    return lambda: n * 2\n", g)
print(g["closure_maker"](21)())
exec("result = [inc() for _ in range(3)]", g)
print(g["result"])
namespace = {"data": [3, 1, 2]}
exec("data.sort()\nfirst = data[0]", namespace)
print(namespace["data"], namespace["first"])
def run_code(src, **kw):
    env = dict(kw)
    exec(src, env)
    return env.get("out")
print(run_code("out = a + b", a=1, b=2), run_code("out = x.upper()", x="hi"))

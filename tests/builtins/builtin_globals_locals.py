# globals(), locals() in module, function, class bodies and comprehensions; vars()
g = globals()
print(type(g).__name__, g is globals(), "__name__" in g, g["__name__"])
g["injected"] = 42
print(injected)
x = 1
print(locals() is globals(), vars() is globals())
def f(a, b=2, *args, **kw):
    c = a + b
    loc = locals()
    print(sorted(loc.items()))
    loc["c"] = 100
    print(c, "loc" in locals())
    d = 5
    del d
    print(sorted(locals()))
f(1, kw=3)
def outer():
    v = "outer"
    def inner():
        w = "inner"
        return sorted(locals()), v
    return inner()
print(outer())
class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names, K.q)
def comp():
    y = 3
    return [sorted(locals()) for _ in range(1)], {k: 1 for k in locals()}
print(comp())
def uses_eval():
    m = 7
    return eval("m * 2"), eval("m", {"m": 1}), eval("m + n", {"n": 1}, {"m": 10})
print(uses_eval())
def exec_in_fn():
    z = 1
    exec("z = 2")
    return z
print(exec_in_fn())
print(sorted(k for k in globals() if not k.startswith("__")))

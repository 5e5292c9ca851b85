# compile() modes, exec/eval with dict arguments, code reuse, errors
c1 = compile("x = 1\ny = x + 1\n", "<mod>", "exec")
ns = {}
exec(c1, ns)
print(ns["x"], ns["y"], type(c1).__name__)
ns2 = {"x": 10}
exec(c1, ns2)
print(ns2["y"])
c2 = compile("a * b", "<expr>", "eval")
print(eval(c2, {"a": 3, "b": 4}), eval(c2, {"a": "s", "b": 2}), eval(c2, {}, {"a": 2, "b": 5}))
c3 = compile("z = 5", "<single>", "single")
g = {}
exec(c3, g)
print(g["z"])
print(eval("1 if True else 2"), eval("[i for i in range(3)]"), eval("lambda q: q + 1")(1), eval("(1, 2)"), eval("{'k': 1}")["k"])
print(eval("  42  "), eval("x", {"x": 1}, {"x": 2}), eval("__name__", {"__name__": "custom"}), eval("len('abc')", {}))
glob = {}
loc = {}
exec("def f():\n    return v\nv = 1", glob, loc)
print(sorted(loc), "v" in glob)
try:
    loc["f"]()
except NameError as e:
    print("NameError", e)
exec("import sys as _s\nname = _s.__name__", glob)
print(glob["name"])
def errs(kind, src, mode):
    try:
        kind(src, "<t>", mode) if kind is compile else kind(src)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
    except Exception as e:
        print(type(e).__name__, e)
errs(compile, "x = ", "exec")
errs(compile, "1 +", "eval")
errs(compile, "x = 1", "eval")
errs(compile, "pass", "nope")
errs(compile, "def f(:\n pass", "exec")
errs(compile, "  x = 1", "exec")
errs(eval, "import os", None)
errs(exec, "return 1", None)
errs(exec, "break", None)
errs(eval, "", None)
for bad in [lambda: eval(5), lambda: exec(5), lambda: eval("1", 5), lambda: exec("1", 5), lambda: exec("1", {}, 5), lambda: eval("1", {}, 5), lambda: compile(5, "f", "exec"), lambda: exec("raise KeyError('k')")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(exec("1"), eval(compile("3", "f", "eval")), eval(b"4"), exec(b"q = 1", {}))
code = compile("result = n * 2", "<loop>", "exec")
out = []
for n in range(4):
    env = {"n": n}
    exec(code, env)
    out.append(env["result"])
print(out)

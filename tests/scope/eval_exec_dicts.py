# eval and exec with explicit globals/locals dictionaries
print(eval("1 + 2 * 3"))
print(eval("a * b", {"a": 6, "b": 7}))
print(eval("x + y", {"x": 1}, {"y": 10}))
ns = {}
exec("z = 5\ndef f(n):\n    return n * z\n", ns)
print(ns["z"], ns["f"](3))
loc = {}
exec("q = 1\nr = q + 1", {}, loc)
print(sorted(loc.items()))
g = {"v": 1}
exec("v += 1", g)
print(g["v"])
gl = {"__builtins__": __builtins__}
exec("import sys\nres = len([1, 2])", gl)
print(gl["res"], "sys" in gl)
print(eval("[i * 2 for i in range(3)]"))
code = "total = 0\nfor i in range(5):\n    total += i\n"
env = {}
exec(code, env)
print(env["total"])
x = "module x"
def func():
    x = "func x"
    return eval("x"), eval("x", {"x": "explicit"})
print(func())
print(eval("len('abc')", {}), eval("  42  "))
res = exec("1 + 1")
print(res)
exec("print('printed from exec')")

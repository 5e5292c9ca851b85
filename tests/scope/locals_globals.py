# locals() and globals() basics
g1 = "global value"
def f(a, b=2):
    c = a + b
    d = locals()
    return sorted(d.items())
print(f(1))
def g():
    x = 1
    y = "two"
    return sorted(locals())
print(g())
print("g1" in globals(), globals()["g1"], "f" in globals())
globals()["dynamic"] = 123
print(dynamic)
def read_global_dict():
    return globals()["g1"]
print(read_global_dict())
print(type(globals()).__name__, type(locals()).__name__)
print(locals() is globals() or sorted(locals()) == sorted(globals()))
print(__name__)
def empty():
    return locals()
print(empty())

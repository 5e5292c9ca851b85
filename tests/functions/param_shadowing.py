# parameters and locals shadowing globals and builtins
x = "global"
def f(x):
    return x
print(f("param"), x)
def g(len):
    return len * 2
print(g(21), len("abc"))
def h(list=None):
    return list
print(h([1]), list("ab"))
def uses_builtin():
    return max(3, 4)
max = lambda *a: "shadowed"
print(uses_builtin())
del max
print(uses_builtin())
def str(v):
    return "my str"
print(str(5))
del str
print(str(5))
_builtin_print = print
def inner_shadow():
    def print(*a):
        _builtin_print("custom:", *a)
    print("hello")
inner_shadow()
def unbound_builtin():
    try:
        v = len
    except UnboundLocalError as e:
        _builtin_print(type(e).__name__)
    len = 5
    return len
unbound_builtin()
print("builtin print still works")
def param_reassign(a):
    a = a * 2
    return a
v = 5
print(param_reassign(v), v)

# LEGB name resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "global shadows builtin"
print(uses_builtin())
del len
print(uses_builtin())
def enclosing_shadows_global():
    x = "E"
    def f():
        def g():
            return x
        return g()
    return f()
print(enclosing_shadows_global())
y = 1
def late():
    return y
y = 2
print(late())
def param_is_local(x):
    def f():
        return x
    return f()
print(param_is_local("param"))
def class_in_func():
    v = "func local"
    class C:
        attr = v
    return C.attr
print(class_in_func())

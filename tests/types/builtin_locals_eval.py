# locals() inside functions, eval/exec seeing them
def f(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    print(eval('a + b + c'), eval('c * 2', globals(), locals()))
    return sorted(locals())
print(f(1, x=5))
def g():
    x = 1
    def inner():
        return x
    print(sorted(locals()))
    return inner
g()
def h():
    y = 10
    print(eval('y + 1'), eval('[i * 2 for i in range(3)]'))
    exec('print(y * 2)')
    print(sorted(locals()))
h()
def k():
    print(locals())
    v = 1
    print(locals())
k()
def m():
    w = 5
    return locals()
print(m())
print(eval('1 + 1', {}), eval('q', {'q': 3}), eval('q + r', {'q': 1}, {'r': 2}))
class C:
    a = 1
    b = a + 1
    names = sorted(locals())
print([n for n in C.names if not n.startswith('__')])

# keyword-only arguments
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
def g(*args, key=None, rev=False):
    return sorted(args, key=key, reverse=rev)
print(g(3, 1, 2), g(3, 1, 2, rev=True), g("b", "A", key=str.lower))
def h(*, only):
    return only
print(h(only="k"))
for call in [lambda: f(1, 2), lambda: f(1), lambda: h(), lambda: h(1), lambda: f(1, b=2, d=5)]:
    try:
        call()
        print("no error?!")
    except TypeError as e:
        print(type(e).__name__)
def defaults(*, a=1, b):
    return a, b
print(defaults(b=2))

# repr/str/hash/== of very deeply nested containers raise (RecursionError is a RuntimeError) instead of crashing
def deep(n, make):
    x = make()
    for _ in range(n):
        x = make(x)
    return x
for name, make in [("list", lambda *a: list(a)), ("dict", lambda *a: {1: a[0]} if a else {})]:
    d = deep(100000, make)
    for f in (repr, str, hash, lambda v: v == v, lambda v: len(str(v))):
        try:
            f(d)
            print(name, "ok")
        except RuntimeError:
            print(name, "RecursionError")
        except TypeError as e:
            print(name, "TypeError")

# annotations are accepted and do not affect behaviour
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> tuple:
    return a, b, args, c, kw
print(f(1), f(1, "y", 2.0, c=[1], d=4))
def g(x: 1 + 1) -> "ret":
    return x
print(g("not an int"))
v: int = "not checked"
print(v)
class C:
    attr: int = 5
    def m(self, n: int) -> int:
        return n + self.attr
print(C().m(1))
lam = lambda x: x
def h(fn: lam) -> lam:
    return fn
print(h(3))
def nested() -> None:
    loc: str = "loc"
    return loc
print(nested())

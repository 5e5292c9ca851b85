# functions are first-class objects
def sq(x):
    return x * x
f = sq
print(f(4), f is sq, f.__name__, callable(f))
print(list(map(sq, [1, 2, 3])))
table = {"sq": sq, "neg": lambda x: -x, "abs": abs}
print([(k, table[k](-3)) for k in sorted(table)])
def compose(*fs):
    def c(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return c
print(compose(str, sq, abs)(-5))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(sq, 3, 2))
print(type(sq).__name__, type(len).__name__ in ("builtin_function_or_method", "function"))
fs = [sq, len, str.upper]
print([callable(x) for x in fs])
print(sorted([sq, abs], key=lambda fn: fn.__name__)[0].__name__)
def returns_fn():
    def inner():
        return "inner called"
    return inner
print(returns_fn()(), returns_fn().__name__)
print(sq == sq, sq != f)
print({sq: 1}[sq])

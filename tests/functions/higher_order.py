# higher-order functions written by hand
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
print(my_map(lambda x: x + 1, [1, 2]), my_filter(lambda x: x % 2, range(7)))
print(my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(my_reduce(lambda a, b: b + a, "abc", ""))
def partial(fn, *pargs, **pkw):
    def p(*a, **k):
        kw = dict(pkw)
        kw.update(k)
        return fn(*pargs, *a, **kw)
    return p
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
sq = partial(power, exp=2)
print(sq(7), partial(power, 2)(10), partial(power, mod=7)(3, 4))
def curry(fn):
    def c(a):
        return lambda b: fn(a, b)
    return c
print(curry(lambda a, b: a - b)(10)(3))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def memoize(fn):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return w
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))

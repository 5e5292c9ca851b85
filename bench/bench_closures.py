# Closures and higher-order functions: counters with nonlocal state,
# function factories, composition, currying, memoisation through a closed-
# over dict, callbacks and lambdas passed to map/filter/sorted.
import sys

N = 350000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make_counter(start, step):
    count = start

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def make_accumulator():
    items = []
    total = 0
    flushed = 0

    def add(x):
        nonlocal total, flushed
        items.append(x)
        total += x
        if len(items) >= 1000:
            flushed += len(items)
            items.clear()
        return total

    def size():
        return flushed + len(items)
    return add, size


def compose(f, g):
    return lambda x: f(g(x))


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = f(n)
        cache[n] = v
        return v
    return wrapper


def make_adders(n):
    return [(lambda x, k=k: x + k) for k in range(n)]


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def event_bus():
    handlers = {}

    def on(name, fn):
        handlers.setdefault(name, []).append(fn)

    def emit(name, value):
        r = 0
        for fn in handlers.get(name, ()):
            r += fn(value)
        return r
    return on, emit


def main():
    c1 = make_counter(0, 1)
    c2 = make_counter(100, 3)
    s = 0
    for i in range(N):
        s += c1() + c2()

    add, size = make_accumulator()
    for i in range(N):
        add(i & 63)
    acc = add(0) + size()

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    f = compose(compose(inc, dbl), compose(dbl, inc))
    comp = 0
    for i in range(N):
        comp += f(i) & 1023

    vol = curry3(lambda a, b, c: a * b + c)
    cur = 0
    for i in range(N // 2):
        cur += vol(i)(3)(i & 7)

    def slow_fib(n):
        return n if n < 2 else mfib(n - 1) + mfib(n - 2)
    mfib = memoize(slow_fib)
    mf = 0
    for i in range(N // 100):
        mf += mfib(i % 90) % 1000003

    adders = make_adders(50)
    ad = 0
    for i in range(N // 50):
        for a in adders:
            ad = a(ad) % 1000003

    ap = apply_n(lambda x: (x * 5 + 1) % 65537, N, 1)

    on, emit = event_bus()
    seen = [0]

    def log(v):
        seen[0] += 1
        return v
    on("tick", log)
    on("tick", lambda v: v * 2)
    on("tock", lambda v: -v)
    ev = 0
    for i in range(N):
        ev += emit("tick" if i % 3 else "tock", i)

    words = ["w%d" % ((i * 7) % 101) for i in range(300)]
    hof = sum(map(len, filter(lambda w: w.endswith("3"), words)))
    hof += len(sorted(words, key=lambda w: (len(w), w))[0])

    print("counters %d %d" % (c1(), c2()))
    print("checksum %d %d %d %d %d %d %d %d %d %d" % (
        s, acc, comp, cur, mf, ad, ap, ev, seen[0], hof))


main()

# infinite generators consumed with manual islice-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def take2(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(5, naturals()), take2(3, naturals(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle("abc")))
def skip(n, it):
    it = iter(it)
    for _ in range(n):
        next(it)
    return it
print(take(3, skip(100, naturals())))
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(takewhile(lambda x: x < 50, fib())))

# memoisation with a decorator backed by a dict
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.stats, len(fib.cache))
print(fib(150))
print(fib.stats)

@memoize
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

print(binomial(60, 30), binomial.stats["misses"])

@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("micropython", "cpython")]:
    print(a, b, edit_distance(a, b))

@memoize
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])

print(count_change(100, (50, 25, 10, 5, 1)), count_change(300, (100, 50, 25, 10)))
print(fib.__name__, binomial.__name__)

def lru(maxsize):
    def deco(fn):
        order = []
        cache = {}
        def wrapper(x):
            if x in cache:
                order.remove(x)
                order.append(x)
                return cache[x]
            v = fn(x)
            cache[x] = v
            order.append(x)
            if len(order) > maxsize:
                del cache[order.pop(0)]
            return v
        wrapper.order = order
        return wrapper
    return deco

@lru(3)
def square(x):
    return x * x
for v in [1, 2, 3, 1, 4, 5, 1]:
    square(v)
print(square.order)

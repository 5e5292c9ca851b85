# Generators and comprehensions: lazy pipelines of generator functions,
# yield from, generator expressions fed to sum/any/all/max, list/dict/set
# comprehensions, zip/enumerate/map/filter and explicit next()/send().
import sys

ROUNDS = 8
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])
N = 60000   # work per round


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(src, k):
    for x in src:
        yield x * k


def only(src, pred):
    for x in src:
        if pred(x):
            yield x


def window(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def chain(*sources):
    for s in sources:
        yield from s


def take(src, n):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def primes():
    # incremental sieve using a dict of upcoming composites
    composites = {}
    q = 2
    while True:
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]
        q += 1


def one_round(N):
    # pipeline of generator functions
    p = only(scale(counter(N), 3), lambda x: x % 7 != 0)
    s1 = sum(a + b - c for a, b, c in window(p, 3))

    # generator expressions consumed by builtins
    s2 = sum(x * x for x in range(N) if x & 1)
    big = max(x % 1013 for x in range(N))
    has = any(x == N - 1 for x in range(N))
    every = all(x >= 0 for x in range(N))

    # comprehensions
    sq = [x * x for x in range(N // 4)]
    d = {x: x % 17 for x in range(N // 4)}
    st = {x % 1000 for x in sq}
    nested = [[i * j for j in range(10)] for i in range(N // 40)]
    s3 = sum(sum(row) for row in nested) + len(st) + sum(d.values())

    # zip/enumerate/map/filter
    s4 = 0
    for i, (a, b) in enumerate(zip(counter(N // 2), map(lambda v: v * 2,
                                                         range(N // 2)))):
        s4 += i + a - b
    s4 += len(list(filter(lambda v: v % 3 == 0, range(N))))

    # yield from and take
    s5 = sum(take(chain(counter(N // 3), range(10), (x for x in "abc" * 0)),
                  N // 4))

    # send()
    avg = running_average()
    next(avg)
    a = 0
    for x in range(N // 2):
        a = avg.send(x)

    # an infinite generator
    g = primes()
    plast = 0
    for _ in range(N // 20):
        plast = next(g)

    return [s1, s2, big, int(has), int(every), s3, s4, s5, a, plast]


def main():
    totals = [0] * 10
    for r in range(ROUNDS):
        res = one_round(N + r * 100)
        for i in range(10):
            totals[i] += res[i]
    print("primes: last is %d" % res[-1])
    print("checksum " + " ".join([str(t) for t in totals]))


main()

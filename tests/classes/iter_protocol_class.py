# classes implementing __iter__ / __next__
class CountDown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(5)))
c = CountDown(3)
for x in c:
    print("got", x)
print(list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), max(r))
print([a * b for a in Range2(3) for b in Range2(3)])
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for f in Fib():
    if f > 100:
        break
    out.append(f)
print(out)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError")
print(dict(zip(Range2(3), CountDown(3))))
a, b, c = CountDown(3)
print(a, b, c)

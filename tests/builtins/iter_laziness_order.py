# evaluation order and laziness of zip/map/filter/enumerate/reversed and consumers
log = []
def src(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
z = zip(src("a", 2), src("b", 5))
print(log)
print(list(z), log)
log.clear()
print(list(zip(src("a", 3), src("b", 1))), log)
log.clear()
m = map(lambda x, y: x + y, src("p", 3), src("q", 2))
print(next(m), log)
print(list(m), log)
log.clear()
f = filter(lambda v: v % 2, src("f", 5))
print(next(f), log, list(f))
def boom():
    yield 1
    raise ValueError("inner")
for consumer in (list, tuple, sum, sorted, max, set, lambda g: dict((x, x) for x in g), lambda g: "".join(map(str, g)), any, lambda g: list(enumerate(g))):
    try:
        consumer(boom())
    except ValueError as e:
        print("ValueError", e)
print(any(x > 2 for x in src("any", 10)), log[-1])
print(all(x < 2 for x in src("all", 10)), log[-1])
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(it))
it = iter(range(6))
print(list(zip(*[it] * 3)))
e = enumerate(src("e", 2), 10)
print(next(e), next(e), next(e, "done"))
r = reversed([1, 2, 3])
lst = list(r)
print(lst, list(r))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
print(list(iter(c, 4)), c.calls)
def stopper():
    yield 1
    return "ret"
g = stopper()
print(next(g), next(g, "dflt"), next(g, "again"))

# push-based pipeline of generators driven by send()
def coroutine(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start
@coroutine
def collector(out):
    while True:
        out.append((yield))
@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
@coroutine
def filterer(pred, target):
    while True:
        v = yield
        if pred(v):
            target.send(v)
@coroutine
def broadcaster(*targets):
    while True:
        v = yield
        for t in targets:
            t.send(v)
evens, odds_sq = [], []
pipe = broadcaster(
    filterer(lambda v: v % 2 == 0, collector(evens)),
    filterer(lambda v: v % 2, mapper(lambda v: v * v, collector(odds_sq))),
)
for i in range(10):
    pipe.send(i)
print(evens, odds_sq)
pipe.close()
print("closed")

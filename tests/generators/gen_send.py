# generator send()
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accumulator()
print(next(a))
print(a.send(5), a.send(10), a.send(-3))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        if v == "stop":
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
g = accumulator()
try:
    g.send(1)
except TypeError:
    print("TypeError: can't send non-None to just-started generator")
def averager():
    count = total = 0
    avg = None
    while True:
        v = yield avg
        count += 1
        total += v
        avg = total / count
av = averager()
next(av)
print([av.send(v) for v in (10, 20, 60)])

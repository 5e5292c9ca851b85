# a tiny round-robin scheduler for coroutines
class Yield:
    def __await__(self):
        yield "yield"
def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        name, co = queue.pop(0)
        try:
            co.send(None)
            queue.append((name, co))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
async def worker(name, steps):
    total = 0
    for i in range(steps):
        log.append("%s%d" % (name, i))
        total += i
        await Yield()
    return total
res = run_all([("a", worker("a", 3)), ("b", worker("b", 2)), ("c", worker("c", 4))])
print(log)
print(sorted(res.items()))
async def pinger(n, out):
    for i in range(n):
        out.append("ping")
        await Yield()
async def ponger(n, out):
    for i in range(n):
        out.append("pong")
        await Yield()
out = []
run_all([("p", pinger(3, out)), ("q", ponger(3, out))])
print(out)

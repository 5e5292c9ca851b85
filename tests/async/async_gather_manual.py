# a gather-like helper that runs sub-coroutines concurrently
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    order = []
    while pending:
        still = []
        for idx, co in pending:
            try:
                co.send(None)
                still.append((idx, co))
            except StopIteration as e:
                results[idx] = e.value
                order.append(idx)
        pending = still
    return results, order
async def job(name, ticks):
    await Sleep(ticks)
    return "%s after %d" % (name, ticks)
res, order = gather(job("slow", 5), job("fast", 1), job("mid", 3), job("instant", 0))
print(res)
print(order)
async def outer():
    a = await job("inner1", 2)
    b = await job("inner2", 1)
    return [a, b]
print(gather(outer(), job("side", 2))[0])

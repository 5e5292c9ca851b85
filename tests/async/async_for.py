# async for with __aiter__ / __anext__
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def main():
    out = []
    async for v in Ticker(4):
        out.append(v)
    else:
        out.append("else")
    async for v in Ticker(5):
        if v == 30:
            break
        out.append(v)
    return out
print(run(main()))
class Suspending:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await Pause()
        return self.items.pop(0)
class Pause:
    def __await__(self):
        yield "paused"
async def consume():
    got = []
    async for x in Suspending("abc"):
        got.append(x)
    return got
co = consume()
steps = 0
try:
    while True:
        co.send(None)
        steps += 1
except StopIteration as e:
    print(e.value, "steps", steps)

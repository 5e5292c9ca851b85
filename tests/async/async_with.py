# async with and __aenter__ / __aexit__
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress
async def main():
    async with AsyncCM("a") as v:
        log.append("body " + v)
    try:
        async with AsyncCM("b"):
            raise ValueError("x")
    except ValueError:
        log.append("propagated")
    async with AsyncCM("c", suppress=True):
        raise KeyError("y")
    log.append("after suppressed")
    async with AsyncCM("d") as d, AsyncCM("e") as e:
        log.append(d + e)
    return "done"
print(run(main()))
for line in log:
    print(line)

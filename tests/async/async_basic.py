# async def / await driven manually without asyncio
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(main()))
c = add(3, 4)
print(hasattr(c, "send"))
print(run(c))
async def nothing():
    pass
print(run(nothing()))
async def nested(n):
    if n == 0:
        return "bottom"
    r = await nested(n - 1)
    return "%d>%s" % (n, r)
print(run(nested(5)))
async def raises():
    raise ValueError("async error")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))

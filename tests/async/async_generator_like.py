# async functions calling each other, awaiting in loops and expressions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def double(x):
    return x * 2
async def total(n):
    s = 0
    for i in range(n):
        s += await double(i)
    return s
print(run(total(10)))
async def cond(v):
    return (await double(v)) if v > 0 else (await double(-v)) * -1
print(run(cond(5)), run(cond(-5)))
async def in_comprehension():
    out = []
    for i in range(3):
        out.append(await double(i))
    return out
print(run(in_comprehension()))
async def with_try():
    try:
        return await double("ab")
    finally:
        print("finally in coroutine")
print(run(with_try()))
async def lambda_like():
    fs = [double, double]
    return [await fs[0](3), await fs[1](4)]
print(run(lambda_like()))

# exceptions crossing await boundaries
class Pause:
    def __await__(self):
        yield
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return ("ok", e.value, steps)
    except Exception as e:
        return ("error", type(e).__name__, e.args if isinstance(e, KeyError) else (), steps)
async def fails_after(n):
    for i in range(n):
        await Pause()
    raise KeyError("after %d" % n)
async def middle(n):
    try:
        return await fails_after(n)
    finally:
        print("middle finally", n)
print(run(middle(2)))
async def recovers():
    try:
        await middle(1)
    except KeyError as e:
        return "recovered from " + e.args[0]
print(run(recovers()))
async def bad_stop():
    raise StopIteration
print(run(bad_stop()))
async def chained():
    try:
        await fails_after(0)
    except KeyError as e:
        raise ValueError("converted") from e
r = chained()
try:
    r.send(None)
except ValueError as e:
    print(type(e.__cause__).__name__, e)

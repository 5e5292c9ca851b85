# coroutine close(), throw(), and finally blocks
class Pause:
    def __await__(self):
        yield "paused"
log = []
async def task():
    try:
        await Pause()
        await Pause()
        return "finished"
    finally:
        log.append("finally ran")
c = task()
print(c.send(None))
c.close()
print(log)
c2 = task()
c2.send(None)
try:
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("throw propagated", e)
print(log)
async def handler():
    try:
        await Pause()
    except KeyError:
        return "handled KeyError"
c3 = handler()
c3.send(None)
try:
    c3.throw(KeyError)
except StopIteration as e:
    print(e.value)
c4 = task()
c4.close()
print("closing unstarted coroutine is fine", log.count("finally ran"))
c5 = task()
try:
    c5.send("not None")
except TypeError:
    print("TypeError sending non-None to new coroutine")
c5.close()

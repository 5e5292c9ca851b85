# awaitable classes with __await__
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        result = yield self.tag
        return "resumed with %r" % (result,)
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self._gen()
    def _gen(self):
        if False:
            yield
        return self.v
async def work():
    a = await Suspend("first")
    b = await Suspend("second")
    c = await Value(42)
    return a, b, c
co = work()
print(co.send(None))
print(co.send("x"))
try:
    co.send("y")
except StopIteration as e:
    print(e.value)
class IterAwait:
    def __await__(self):
        return iter(["s1", "s2"])
async def uses_iter():
    r = await IterAwait()
    return r
co = uses_iter()
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError:
    print("TypeError: object can't be awaited")

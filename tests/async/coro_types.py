# properties of coroutine objects and async functions
async def f():
    return 1
c = f()
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
c.close()
def plain():
    return 1
print(type(f).__name__, type(plain).__name__, callable(f))
async def g():
    return await f()
co = g()
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
print(f.__name__)
class K:
    async def method(self, x):
        return x * 3
    @staticmethod
    async def smeth():
        return "static coroutine"
co = K().method(5)
try:
    co.send(None)
except StopIteration as e:
    print("method result", e.value)
co = K.smeth()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

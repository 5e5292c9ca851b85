# generators stay exhausted after return or an exception
def g():
    yield 1
    raise ValueError("boom")
x = g()
print(next(x))
try:
    next(x)
except ValueError:
    print("ValueError")
for attempt in range(2):
    try:
        next(x)
    except StopIteration:
        print("StopIteration", attempt)
def h():
    yield 1
    return 2
y = h()
print(list(y), list(y))
try:
    y.send(None)
except StopIteration as e:
    print("send on finished:", e.value)
def k():
    yield 1
z = k()
z.close()
print(next(z, "closed"))
try:
    z.throw(KeyError("after close"))
except KeyError:
    print("throw on closed generator raises the exception")

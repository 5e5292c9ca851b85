# a yield anywhere in the body makes a function a generator
def g1():
    if False:
        yield
    return "never seen as return value"
r = g1()
print(type(r).__name__)
try:
    next(r)
except StopIteration as e:
    print("StopIteration", e.value)
def g2():
    print("body runs lazily")
    yield 1
x = g2()
print("created")
print(next(x))
def not_gen():
    def inner():
        yield 1
    return inner
print(type(not_gen()).__name__, type(not_gen()()).__name__)
def lam_gen():
    return (lambda: (yield 5))()
print(next(lam_gen()))

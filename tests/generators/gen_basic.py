# basic generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g))
def multi():
    yield "a"
    yield "b"
    yield "c"
for x in multi():
    print(x, end=" ")
print()
def state():
    print("started")
    x = yield 1
    print("resumed with", x)
    yield 2
    print("finishing")
s = state()
print("created")
print(next(s))
print(next(s))
print(list(s))
def with_return(n):
    for i in range(n):
        yield i
    return "done"
print(list(with_return(3)))
print(iter(g) is g, hasattr(g, "__next__"))

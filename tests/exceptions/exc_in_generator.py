# exceptions raised inside generators propagate to the consumer
def gen():
    yield 1
    yield 2
    raise ValueError("from generator")
    yield 3
g = gen()
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print("caught", e, out)
print(next(g, "exhausted"))
def gen_catch():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit inside")
        raise
def consumer():
    g = gen_catch()
    print(next(g))
    g.close()
consumer()
def safe_div(items):
    for a, b in items:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "div0"
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
def bad_stop():
    yield 1
    raise StopIteration
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError from StopIteration in generator")
def outer():
    yield from gen()
try:
    list(outer())
except ValueError as e:
    print("propagated through yield from:", e)

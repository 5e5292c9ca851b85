# generator throw()
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", e)
            yield "after ValueError"
gen = g()
print(next(gen))
print(gen.throw(ValueError("v1")))
print(next(gen))
print(gen.throw(ValueError("v2")))
try:
    gen.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", e.args)
print(next(gen, "closed after exception"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(IndexError("before start"))
except IndexError:
    print("thrown into unstarted generator propagates")
print(list(f))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError)
except RuntimeError:
    print("RuntimeError out")
def thrower_type():
    try:
        yield
    except TypeError as e:
        yield type(e).__name__
t = thrower_type()
next(t)
print(t.throw(TypeError))

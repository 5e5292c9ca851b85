# generator close() and GeneratorExit
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
x = g()
print(next(x))
x.close()
print(list(x))
x.close()
y = g()
y.close()
print("closing unstarted generator runs nothing")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
z = ignore_exit()
next(z)
try:
    z.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
def return_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed by return"
r = return_on_exit()
next(r)
r.close()
print("closed quietly")
def finished():
    yield 1
f = finished()
print(list(f))
f.close()
print("close on finished generator is a no-op")

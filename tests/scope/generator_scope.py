# generator frames keep their local state between resumptions
def g():
    a = 1
    yield a
    a += 1
    b = a * 10
    yield a, b
    del a
    try:
        yield a
    except NameError:
        pass
    except UnboundLocalError:
        pass
    yield "after del"
it = g()
print(next(it), next(it), next(it))
def outer():
    x = 0
    def gen():
        nonlocal x
        while x < 3:
            x += 1
            yield x
    return gen, lambda: x
gen, get = outer()
it = gen()
print(next(it), get(), next(it), get())

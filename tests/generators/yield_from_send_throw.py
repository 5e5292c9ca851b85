# yield from forwards send(), throw() and returns the sub-generator's value
def sub():
    log = []
    try:
        while True:
            v = yield len(log)
            if v == "end":
                return log
            log.append(v)
    except KeyError as e:
        yield "sub handled KeyError " + str(e.args[0])
        return ["after throw"]
def delegator():
    result = yield from sub()
    yield "delegator got %r" % (result,)
d = delegator()
print(next(d))
print(d.send("a"), d.send("b"))
print(d.send("end"))
d2 = delegator()
next(d2)
d2.send("x")
print(d2.throw(KeyError("k1")))
print(next(d2))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def outer():
    yield from closer()
o = outer()
next(o)
o.close()
def raiser():
    yield 1
    raise ValueError("sub raised")
def outer2():
    try:
        yield from raiser()
    except ValueError as e:
        yield "outer caught " + str(e)
print(list(outer2()))

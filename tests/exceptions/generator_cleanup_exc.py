# finally blocks in generators run on exceptions and close
log = []
def gen():
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("cleanup")
for v in gen():
    pass
print(log)
log.clear()
g = gen()
next(g)
g.close()
print(log)
log.clear()
g = gen()
next(g)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)
print(log)
log.clear()
def gen2():
    try:
        yield 1
    except KeyError:
        log.append("handled inside")
        yield "recovered"
    finally:
        log.append("fin2")
g2 = gen2()
next(g2)
print(g2.throw(KeyError))
g2.close()
print(log)

# micropython.schedule: callbacks run soon, between bytecodes, in order,
# never nested; the queue is bounded
import micropython

log = []
def cb(arg):
    log.append(arg)

micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
for i in range(5):   # a few bytecodes: the callbacks have run
    pass
print(log)

# from inside a callback, others wait until it has finished; the queue
# fills up and then schedule raises RuntimeError
def filler(arg):
    n = 0
    try:
        while True:
            micropython.schedule(cb, "q%d" % n)
            n += 1
    except RuntimeError as e:
        log.append((str(e), n, len([x for x in log if isinstance(x, str)])))

log = []
micropython.schedule(filler, None)
for i in range(5):
    pass
print(log[0], len(log))
print(log[1:] == ["q%d" % i for i in range(len(log) - 1)])

# an exception in a callback is raised in the running code
def bad(arg):
    raise ValueError(arg)
try:
    micropython.schedule(bad, "from callback")
    for i in range(5):
        pass
    print("not raised")
except ValueError as e:
    print("ValueError", e)
print(micropython.schedule)

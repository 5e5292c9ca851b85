# an event system built on closures and callbacks
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, handler=None, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((fn, once))
            return fn
        if handler is not None:
            return register(handler)
        return register

    def off(self, event, handler):
        self.handlers[event] = [(f, o) for f, o in self.handlers.get(event, []) if f is not handler]

    def emit(self, event, *args, **kw):
        results = []
        keep = []
        for fn, once in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kw))
            except Exception as e:
                results.append("handler error: %s" % e)
            if not once:
                keep.append((fn, once))
        self.handlers[event] = keep
        self.log.append((event, len(results)))
        return results

bus = EventBus()

def make_counter(name):
    count = 0
    def handler(*args, **kw):
        nonlocal count
        count += 1
        return "%s#%d%s" % (name, count, args)
    return handler

c1 = bus.on("tick", make_counter("A"))
bus.on("tick", make_counter("B"))

@bus.on("tick", once=True)
def first_only(*args):
    return "first tick only"

@bus.on("error")
def bad(x):
    raise ValueError("bad value %r" % (x,))

totals = {"sum": 0}
def accumulate(n):
    totals["sum"] += n
    return totals["sum"]
bus.on("add", accumulate)

print(bus.emit("tick", 1))
print(bus.emit("tick", 2))
bus.off("tick", c1)
print(bus.emit("tick", 3))
print(bus.emit("error", 42))
print([bus.emit("add", i) for i in range(5)])
print(bus.emit("nothing"))
print(bus.log)

def debounce(fn):
    last = [None]
    def wrapper(v):
        if v == last[0]:
            return "skipped"
        last[0] = v
        return fn(v)
    return wrapper
bus.on("value", debounce(lambda v: "value=%s" % v))
print([bus.emit("value", v)[0] for v in [1, 1, 2, 2, 2, 3, 1]])

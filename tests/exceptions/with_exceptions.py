# with statement and exceptions
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("close %s (%s)" % (self.name, et.__name__ if et else "ok"))
        return False
log = []
try:
    with Resource("a", log) as a, Resource("b", log) as b:
        log.append("work")
        raise KeyError("k")
except KeyError:
    log.append("handled")
print(log)
class Boom:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with Boom():
        print("body must not run")
except RuntimeError as e:
    print("caught", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print("exit exception replaces:", e, type(e.__context__).__name__)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed ZeroDivisionError")
def gen_with():
    with Resource("g", log):
        yield 1
        yield 2
log.clear()
for v in gen_with():
    log.append(v)
print(log)

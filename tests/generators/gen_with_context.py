# generators containing with statements and try/finally
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter %d" % self.n)
        return self.n
    def __exit__(self, *a):
        log.append("exit %d" % self.n)
def g():
    with CM(1) as a:
        yield a
        with CM(2) as b:
            yield b
    yield "outside"
print(list(g()), log)
log.clear()
x = g()
next(x)
next(x)
x.close()
print(log)
log.clear()
def contextmanager_like(fn):
    class Wrapper:
        def __init__(self, *a):
            self.gen = fn(*a)
        def __enter__(self):
            return next(self.gen)
        def __exit__(self, et, ev, tb):
            if et is None:
                next(self.gen, None)
            else:
                try:
                    self.gen.throw(ev)
                except StopIteration:
                    return True
                except BaseException:
                    return False
            return False
    return Wrapper
@contextmanager_like
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    except KeyError:
        print("handled KeyError inside generator")
    print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise KeyError("x")
print("done")

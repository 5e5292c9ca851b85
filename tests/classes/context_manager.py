# __enter__/__exit__ including exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, etype, evalue, tb):
        print("exit", self.name, etype.__name__ if etype else None, evalue)
        return self.suppress
with CM("a") as v:
    print("body", v)
try:
    with CM("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with CM("c", suppress=True):
    raise KeyError("k")
print("after suppressed")
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
def f():
    with CM("in func"):
        return "returned"
print(f())
for x in range(3):
    with CM("loop%d" % x):
        if x == 1:
            continue
        if x == 2:
            break
        print("loop body", x)
with CM("nest1"):
    with CM("nest2", suppress=True):
        raise ValueError("zero")
    print("between")
class Ret:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
with Ret() as r:
    print(type(r).__name__)

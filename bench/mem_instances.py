# Memory workload: 100000 instances of a class with three attributes, kept
# in a list. Prints "mem <method> <bytes> <items>" lines for bench/run
# --memory: gc.mem_alloc() delta under MicroPython, tracemalloc delta and a
# sys.getsizeof-based deep size under CPython.
from memlib import measure

COUNT = 100000


class Rec:
    def __init__(self, ident, name, flag):
        self.ident = ident
        self.name = name
        self.flag = flag


def build():
    names = ("alpha", "beta", "gamma")
    return [Rec(i, names[i % 3], i & 1 == 0) for i in range(COUNT)]


measure(build)

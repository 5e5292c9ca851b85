# Memory workload: a dict of 10000 strings ("key<i>" -> "value-<i*7>").
# Prints "mem <method> <bytes> <items>" lines for bench/run --memory:
# gc.mem_alloc() delta under MicroPython, tracemalloc delta and a
# sys.getsizeof-based deep size under CPython.
from memlib import measure

COUNT = 10000


def build():
    d = {}
    for i in range(COUNT):
        d["key%d" % i] = "value-%d" % (i * 7)
    return d


measure(build)

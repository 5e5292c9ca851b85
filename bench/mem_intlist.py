# Memory workload: a list of 100000 small ints (0..99999), built by
# appending. Prints "mem <method> <bytes> <items>" lines for bench/run
# --memory: gc.mem_alloc() delta under MicroPython, tracemalloc delta and a
# sys.getsizeof-based deep size under CPython.
from memlib import measure

COUNT = 100000


def build():
    out = []
    for i in range(COUNT):
        out.append(i)
    return out


measure(build)

# memlib.py: the measurement shared by the bench/mem_*.py workloads. Prints
# "mem <method> <bytes> <items>" lines for bench/run --memory:
# gc.mem_alloc() delta under MicroPython, tracemalloc delta and a
# sys.getsizeof-based deep size under CPython.
import sys
import gc


def deep_size(root):
    # every distinct object reachable through lists, tuples, dicts and
    # instance __dict__s, counted once with sys.getsizeof
    seen = set()
    total = 0
    stack = [root]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, (list, tuple)):
            stack.extend(o)
        elif isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif hasattr(o, "__dict__"):
            stack.append(o.__dict__)
    return total


def measure(build):
    if sys.implementation.name == "micropython":
        gc.collect()
        before = gc.mem_alloc()
        data = build()
        gc.collect()
        after = gc.mem_alloc()
        print("mem mem_alloc %d %d" % (after - before, len(data)))
    else:
        import tracemalloc
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        data = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print("mem tracemalloc %d %d" % (after - before, len(data)))
        print("mem getsizeof %d %d" % (deep_size(data), len(data)))
    return data

# the gc module: every function of spec 4.1.3
import gc

print(gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

alloc, free = gc.mem_alloc(), gc.mem_free()
print(type(alloc).__name__, type(free).__name__, alloc > 0, free > 0)
keep = bytearray(100000)
print(gc.mem_alloc() >= alloc + 100000, gc.mem_free() <= free - 100000)
keep = None
gc.collect()
print(gc.mem_alloc() < alloc + 100000)

# threshold: -1 when none, else what was set
print(gc.threshold())
gc.threshold(50000)
print(gc.threshold())
gc.threshold(gc.mem_free() // 4 + gc.mem_alloc())
print(gc.threshold() > 50000)
gc.threshold(-1)
print(gc.threshold())

# collection while disabled still works when asked for
gc.disable()
x = [[i] for i in range(1000)]
x = None
gc.collect()
gc.enable()
print(gc.collect, gc.mem_free)
try:
    gc.threshold("x")
except TypeError:
    print("TypeError")

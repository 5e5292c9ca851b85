# the gc module
import gc
r = gc.collect()
print(r is None or isinstance(r, int))
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__)
print(gc.mem_free() > 0, gc.mem_alloc() > 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(1000)]
junk = None
gc.enable()
print(gc.isenabled())
before = gc.mem_alloc()
keep = bytearray(20000)
print(gc.mem_alloc() >= before + 20000)
gc.collect()
print(len(keep))

# cmdline: -X heapsize=64k
# the -X heapsize option sets the size of the GC heap
import gc
gc.collect()
total = gc.mem_free() + gc.mem_alloc()
print(total <= 64 * 1024, total > 32 * 1024)
print(gc.mem_free() > 0, gc.mem_alloc() > 0)

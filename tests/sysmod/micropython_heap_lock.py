# heap_lock / heap_unlock nest; heap_unlock and heap_locked give the depth
import micropython

print(micropython.heap_locked())
# every global is bound before locking: a new one may need memory
depth = failed = first = still_failed = second = l = None
micropython.heap_lock()
micropython.heap_lock()
depth = micropython.heap_locked()
try:
    l = [1, 2, 3]
    failed = False
except MemoryError:
    failed = True
first = micropython.heap_unlock()
try:
    l = [4, 5, 6]
    still_failed = False
except MemoryError:
    still_failed = True
second = micropython.heap_unlock()
print(depth, failed, first, still_failed, second)
print(micropython.heap_unlock())   # unbalanced: stays 0
print([1, 2, 3])

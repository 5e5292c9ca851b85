# micropython.heap_lock() makes allocation raise MemoryError
import micropython
result = None  # bound before locking: a new global may need memory
micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated while locked?!")
except MemoryError:
    result = "MemoryError while heap locked"
micropython.heap_unlock()
print(result)
y = [1, 2, 3]
print(y)
micropython.heap_lock()
n = 0
i = 0
while i < 10:
    n += i
    i += 1
micropython.heap_unlock()
print("small-int arithmetic does not allocate", n)

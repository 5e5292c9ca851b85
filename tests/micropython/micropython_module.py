# functions of the micropython module
import micropython
print(micropython.const(77))
print(micropython.alloc_emergency_exception_buf(100))
print(type(micropython.opt_level()).__name__)
print(hasattr(micropython, "mem_info"), hasattr(micropython, "qstr_info"))
print(hasattr(micropython, "heap_lock"), hasattr(micropython, "heap_unlock"))
print(hasattr(micropython, "kbd_intr"), hasattr(micropython, "schedule"))
print(callable(micropython.stack_use), type(micropython.stack_use()).__name__)

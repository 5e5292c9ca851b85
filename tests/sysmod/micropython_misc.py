# micropython.kbd_intr, opt_level, const, alloc_emergency_exception_buf,
# stack_use
import micropython
from micropython import const

print(micropython.kbd_intr(-1))
print(micropython.kbd_intr(3))
try:
    micropython.kbd_intr(1000)
except ValueError:
    print("ValueError")
print(micropython.alloc_emergency_exception_buf(100))
X = const(3)
Y = const(X * 2 + 1)
print(X, Y, micropython.const("s"))
level = micropython.opt_level()
print(level)
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(level)

def depth(n):
    if n == 0:
        return micropython.stack_use()
    return depth(n - 1)
print(depth(500) > depth(0) > 0)
print(micropython.mem_info, micropython.qstr_info)

# the emitter decorators are accepted (the code runs as bytecode)
@micropython.native
def add1(x):
    return x + 1
@micropython.viper
def double(x: int) -> int:
    return x * 2
print(add1(1), double(4))

# micropython.const: compile-time integer constants
from micropython import const
A = const(10)
B = const(A * 2 + 1)
_C = const(0x100)
D = const(1 << 20)
print(A, B, _C, D)
def f():
    return A + B + _C
print(f())
print("A" in globals(), "_C" in globals())
class K:
    SIZE = const(4)
    def size(self):
        return self.SIZE
print(K().size())
print(const(123))
buf = [0] * A
print(len(buf))

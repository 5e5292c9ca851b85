# int.to_bytes: defaults (length=1, byteorder='big'), signed=, overflow errors
def t(n, *a, **k):
    try:
        print(repr(n.to_bytes(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e if 'positional' not in str(e) else '')

t(0)
t(255)
t(256)
t(1, 2)
t(1, 2, 'little')
t(1, length=3, byteorder='little')
t(-1, 1, 'big', signed=True)
t(-1, 1, 'big')
t(-128, 1, 'big', signed=True)
t(-129, 1, 'big', signed=True)
t(128, 1, 'big', signed=True)
t(127, 1, signed=True)
t(0, 0)
t(1, 0)
t(-1, 0, signed=True)
t(2**64, 9)
t(2**64, 8)
t(2**64 - 1, 8, 'little')
t(-(2**63), 8, 'big', signed=True)
t(-(2**63) - 1, 8, 'big', signed=True)
t(2**100, 20, 'little')
t(-(2**100), 20, 'little', signed=True)
t(3, -1)
t(3, 1, 'sideways')
t(3, '1')
t(True, 2)
t(1000, 2, byteorder='big')
t(1, 2, 'big', True)
x = 123456789123456789123456789
for n in (x, -x):
    b = n.to_bytes(16, 'little', signed=True)
    print(b.hex(), int.from_bytes(b, 'little', signed=True) == n)

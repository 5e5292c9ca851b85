# struct: the 'e' half-precision format, rounding exactly like CPython
import struct

vals = [0.0, -0.0, 1.0, -2.0, 0.5, 65504.0, 65519.99, 6.103515625e-05, 6.097555160522461e-05,
        5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0000001,
        1e-8, 1.0009765625, 1.00048828125, 1.00146484375, 3.14159, 1 / 3, 1000.3, -123.456,
        float('inf'), float('-inf'), 2048.5, 2049.0, 4097.0]
for v in vals:
    p = struct.pack('<e', v)
    print(v, p, struct.pack('>e', v), struct.unpack('<e', p)[0])
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
for h in (0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8001, 0x3555):
    print(hex(h), struct.unpack('<e', struct.pack('<H', h))[0])
for v in (65520.0, 1e300, -70000.0):
    try:
        struct.pack('<e', v)
    except OverflowError as e:
        print('OverflowError', e)
for v in (1e300, -1e300, 3.4028236e38):
    try:
        print(struct.pack('<f', v))
    except OverflowError as e:
        print('OverflowError', e)
print(struct.pack('<f', 3.4028234e38), struct.pack('<f', float('inf')))

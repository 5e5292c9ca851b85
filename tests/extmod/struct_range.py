# struct: out-of-range integers give struct.error with CPython's messages
import struct

for pre in '@<>=!':
    for c in 'bBhHiIlLqQnN':
        try:
            n = struct.calcsize(pre + c)
        except struct.error as e:
            print(pre, c, 'calcsize error:', e)
            continue
        lo = 0 if c.isupper() else -2 ** (n * 8 - 1)
        hi = 2 ** (n * 8) - 1 if c.isupper() else 2 ** (n * 8 - 1) - 1
        for v in (lo, hi, lo - 1, hi + 1, 2 ** 70, -2 ** 70):
            try:
                p = struct.pack(pre + c, v)
                print(pre, c, v, p, struct.unpack(pre + c, p)[0] == v)
            except struct.error as e:
                print(pre, c, v, 'error:', e)
print(struct.pack('P', -1))

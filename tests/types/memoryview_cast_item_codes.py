# Items of memoryview casts to each integer/float/char format code, read by
# index and by tolist(), including the sign of the top bit.
import struct
data = bytes(range(256)) * 2 + b'\x80\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff'
for fmt in 'bBhHiIlLqQnNPfdc?':
    sz = struct.calcsize(fmt)
    m = memoryview(data)
    n = len(data) // sz
    try:
        mv = m[:n * sz].cast(fmt)
        vals = [mv[i] for i in (0, 1, 63, n - 2, n - 1)]
        print(fmt, vals[:3], [v for v in vals[3:]] if fmt not in 'fd' else len(vals))
        print(fmt, mv.tolist()[-3:] if fmt not in 'fd' else '')
    except Exception as e:
        print(fmt, type(e).__name__, e)

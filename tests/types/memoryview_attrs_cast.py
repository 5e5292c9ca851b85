# memoryview attributes (nbytes/itemsize/format/readonly/shape/strides/ndim/obj), cast, tolist, hex
import array
m = memoryview(b'\x01\x02\x03\x04\x05\x06\x07\x08')
print(m.nbytes, m.itemsize, m.format, m.readonly, m.shape, m.strides, m.ndim, m.obj == b'\x01\x02\x03\x04\x05\x06\x07\x08')
for fmt in ('B', 'b', 'H', 'h', 'I', 'i', 'Q', 'q', 'c', 'f', 'd', 'L', 'l'):
    try:
        c = m.cast(fmt)
        print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.tolist() if fmt not in 'fd' else len(c.tolist()))
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
print(m.cast('H').cast('B').tolist())
print(m.cast('H', (4,)).tolist(), m.cast('B', [8]).shape)
for bad in (('x',), ('H', (3,)), (1,)):
    try:
        print(m.cast(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    memoryview(b'abc').cast('H')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
a = array.array('h', [1, -2, 300])
ma = memoryview(a)
print(ma.format, ma.itemsize, len(ma), ma.nbytes, ma.tolist(), ma[1], ma[-1], ma[1:].tolist(), ma.cast('B').tolist())
ma[0] = -5
print(a, ma.hex(), m.hex(':'), m[:3].hex('-', 1), bytes(ma))
print(memoryview(bytearray(b'xy')).tolist(), memoryview(b'').tolist(), memoryview(b'').nbytes)

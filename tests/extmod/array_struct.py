# array with struct and memoryview: the buffer protocol carries the typecode
import struct
from array import array

a = array('h', [1, -1, 256])
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2))
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m.readonly)
m[0] = 1000
print(a)
struct.pack_into('<h', a, 4, -7)
print(a)
d = array('d', [1.5, 2.5])
print(memoryview(d).format, memoryview(d).tolist(), struct.unpack('<2d', d))
print(bytes(array('Q', [1])), bytearray(array('b', [-1])))
print(array('B', memoryview(b'xyz')))
print(array('i', struct.pack('<2i', 5, 6)))

# struct: unpacking from any buffer (bytes, bytearray, memoryview, array)
import struct
from array import array

print(struct.unpack('<h', array('h', [5])))
print(struct.unpack('<2i', array('i', [-1, 7])))
print(struct.unpack('<d', array('d', [2.5])))
print(struct.unpack('<4B', bytearray(b'\x01\x02\x03\x04')))
print(struct.unpack('<H', memoryview(b'\x00\x01')))
print(struct.unpack_from('<H', memoryview(b'\x00\x01\x02')[1:]))
a = array('B', [0] * 4)
struct.pack_into('<I', a, 0, 0xdeadbeef)
print(a)
ba = bytearray(struct.pack('<ihb', 1, 2, 3))
print(ba, struct.unpack('<ihb', ba))
big = struct.pack('<1000i', *range(1000))
print(len(big), sum(struct.unpack('<1000i', big)))

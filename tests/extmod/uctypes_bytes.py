# uctypes: addressof, bytes_at (copy), bytearray_at (reference), buffer protocol
import uctypes

data = bytearray(b"01234567")
a = uctypes.addressof(data)
print(type(a).__name__, a > 0)
print(uctypes.addressof(b"xyz") > 0, uctypes.addressof(memoryview(data)[2:]) == a + 2)
b = uctypes.bytes_at(a, 4)
ba = uctypes.bytearray_at(a + 2, 4)
print(b, ba)
data[2] = ord("X")
# bytes_at copied, bytearray_at sees the change and writes through
print(b, ba)
ba[3] = ord("Y")
print(data)
print(uctypes.bytes_at(a, 0), uctypes.bytearray_at(a, 0))
try:
    uctypes.bytes_at(a, -1)
except ValueError:
    print("ValueError")
for bad in (1, "str", None, [1]):
    try:
        uctypes.addressof(bad)
    except TypeError:
        print("TypeError")

# struct objects have the buffer protocol over sizeof(struct) bytes
desc = {"a": uctypes.UINT16 | 0, "b": uctypes.UINT8 | 4}
s = uctypes.struct(a, desc, uctypes.LITTLE_ENDIAN)
print(bytes(s), bytearray(s), len(memoryview(s)))
print(uctypes.addressof(s) == a)
s2 = uctypes.struct(a, desc, uctypes.NATIVE)
print(bytes(s2))
m = memoryview(s)
m[0] = 0x41
print(data[:1], s.a & 0xff)
# an array field as a buffer
s3 = uctypes.struct(a, {"arr": (uctypes.ARRAY | 1, uctypes.INT8 | 3)})
print(bytes(s3.arr))

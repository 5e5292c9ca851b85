# uctypes: NATIVE layout (host endianness) and the default layout type
import sys
import uctypes

desc = {
    "u16": uctypes.UINT16 | 0,
    "u32": uctypes.UINT32 | 0,
    "i8": uctypes.INT8 | 3,
    "arr": (uctypes.ARRAY | 0, uctypes.INT16 | 2),
}
data = bytearray(b"\x01\x02\x03\xfc")
s = uctypes.struct(uctypes.addressof(data), desc)  # NATIVE by default
s2 = uctypes.struct(uctypes.addressof(data), desc, uctypes.NATIVE)
if sys.byteorder == "little":
    order = uctypes.LITTLE_ENDIAN
else:
    order = uctypes.BIG_ENDIAN
s3 = uctypes.struct(uctypes.addressof(data), desc, order)
print(s.u16 == s2.u16 == s3.u16, s.u32 == s3.u32, s.arr[1] == s3.arr[1])
print(s.i8)
s.u32 = 0x11223344
print(int.from_bytes(data, sys.byteorder) == 0x11223344)
s.arr[0] = -1
print(s3.arr[0], s.u16)

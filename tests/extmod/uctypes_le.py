# uctypes: little-endian scalar fields, nested structs, arrays, bitfields
import uctypes

desc = {
    "u8": uctypes.UINT8 | 0,
    "i8": uctypes.INT8 | 1,
    "u16": uctypes.UINT16 | 2,
    "i16": uctypes.INT16 | 4,
    "u32": uctypes.UINT32 | 6,
    "i32": uctypes.INT32 | 10,
    "sub": (2, {"lo": uctypes.UINT8 | 0, "hi": uctypes.UINT8 | 1}),
    "arr": (uctypes.ARRAY | 6, uctypes.UINT16 | 2),
    "nib": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
}

data = bytearray(b"\x81\xfe\x34\x12\x00\x80\x78\x56\x34\x12\xff\xff\xff\xff")
s = uctypes.struct(uctypes.addressof(data), desc, uctypes.LITTLE_ENDIAN)
print(s.u8, s.i8, hex(s.u16), s.i16, hex(s.u32), s.i32)
print(hex(s.sub.lo), hex(s.sub.hi))
print(hex(s.arr[0]), hex(s.arr[1]))
print(s.nib)

# writes land in the buffer, little-endian
s.u16 = 0xabcd
s.i16 = -2
s.u32 = 0x01020304
print(data)
s.i8 = -128
s.u8 = 0x1ff  # truncated to 8 bits
print(data[0], data[1])
s.i32 = -(2 ** 31)
print(s.i32, data[10:])
s.sub.hi = 0x77
print(hex(s.u16))
s.nib = 0xa
print(hex(data[0]), s.nib)
# unsigned fields read back negative values as their unsigned form
s.u32 = -1
print(s.u32)

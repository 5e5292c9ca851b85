# uctypes: big-endian layout
import uctypes

desc = {
    "u16": uctypes.UINT16 | 0,
    "i16": uctypes.INT16 | 0,
    "u32": uctypes.UINT32 | 0,
    "u64": uctypes.UINT64 | 0,
    "arr": (uctypes.ARRAY | 0, uctypes.UINT16 | 4),
    "sub": (2, {"w": uctypes.UINT16 | 0}),
    "bf": uctypes.BFUINT16 | 0 | 0 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    "bfh": uctypes.BFUINT16 | 0 | 8 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
}

data = bytearray(b"\x12\x34\x56\x78\x9a\xbc\xde\xf0")
s = uctypes.struct(uctypes.addressof(data), desc, uctypes.BIG_ENDIAN)
print(hex(s.u16), s.i16, hex(s.u32), hex(s.u64))
print([hex(s.arr[i]) for i in range(4)])
print(hex(s.sub.w))
# bitfields count bits from the least significant end of the value
print(hex(s.bf), hex(s.bfh))

s.u16 = 0xfffe
print(s.i16, data[:2])
s.arr[3] = 0x0102
print(data[6:])
s.bf = 0x55
print(data[:2])
s.u64 = 0x0102030405060708
print(data)

# uctypes: 64-bit fields with values beyond the small-int range
import uctypes

desc = {
    "u": uctypes.UINT64 | 0,
    "i": uctypes.INT64 | 0,
    "hi": uctypes.UINT32 | 4,
    "lo": uctypes.UINT32 | 0,
}
buf = bytearray(8)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), desc, layout)
    for v in (0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 64 - 1, 2 ** 62 + 12345, 0x8000000000000000,
              2 ** 64 + 5, -2 ** 64 - 1, 2 ** 100 + 7):
        s.u = v
        print(hex(s.u), s.i, buf.hex())
    s.i = -0x123456789
    print(hex(s.u), s.i, hex(s.hi), hex(s.lo))
# UINT32 values above 2**31 and INT32 wrap
s = uctypes.struct(uctypes.addressof(buf), {"u": uctypes.UINT32 | 0, "i": uctypes.INT32 | 0}, uctypes.LITTLE_ENDIAN)
s.u = 0xffffffff
print(s.u, s.i)
s.u = 0x1_0000_0002
print(s.u, s.i)
s.i = 2 ** 31
print(s.u, s.i)

# uctypes: bitfields of 8/16/32-bit containers, signed and unsigned
import uctypes

BF = lambda t, off, pos, n: t | off | pos << uctypes.BF_POS | n << uctypes.BF_LEN
desc = {
    "lo": BF(uctypes.BFUINT8, 0, 0, 3),
    "mid": BF(uctypes.BFUINT8, 0, 3, 2),
    "hi": BF(uctypes.BFUINT8, 0, 5, 3),
    "s8": BF(uctypes.BFINT8, 0, 5, 3),
    "w": BF(uctypes.BFUINT16, 1, 4, 8),
    "sw": BF(uctypes.BFINT16, 1, 4, 8),
    "d": BF(uctypes.BFUINT32, 0, 0, 31),
    "top": BF(uctypes.BFUINT32, 0, 31, 1),
    "s32": BF(uctypes.BFINT32, 0, 1, 31),
}
data = bytearray(4)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    data[:] = b"\xb5\x7c\xa9\x80"
    s = uctypes.struct(uctypes.addressof(data), desc, layout)
    print(s.lo, s.mid, s.hi, s.s8, hex(s.w), s.sw, hex(s.d), s.top, s.s32)
    s.mid = 0
    print(data.hex())
    s.mid = 7  # only 2 bits are kept
    print(data.hex(), s.mid)
    s.s8 = -1
    print(data.hex(), s.s8, s.hi)
    s.w = 0xab
    print(data.hex(), hex(s.w), s.sw)
    s.top = 0
    print(data.hex(), s.top)
    s.s32 = -2
    print(data.hex(), s.s32)

# fields that do not fit their container are a ValueError (when used)
for bad in (BF(uctypes.BFUINT8, 0, 6, 3), BF(uctypes.BFUINT16, 0, 15, 2),
            BF(uctypes.BFUINT32, 0, 0, 0)):
    s = uctypes.struct(uctypes.addressof(data), {"f": bad}, uctypes.LITTLE_ENDIAN)
    try:
        s.f
    except ValueError:
        print("ValueError")
    try:
        s.f = 1
    except ValueError:
        print("ValueError")

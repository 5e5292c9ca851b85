# uctypes: arrays of every scalar type, load and store, both endians,
# negative indices, slices, len, bounds
import uctypes

types = [
    ("UINT8", uctypes.UINT8, 1), ("INT8", uctypes.INT8, 1),
    ("UINT16", uctypes.UINT16, 2), ("INT16", uctypes.INT16, 2),
    ("UINT32", uctypes.UINT32, 4), ("INT32", uctypes.INT32, 4),
    ("UINT64", uctypes.UINT64, 8), ("INT64", uctypes.INT64, 8),
]
for layout, lname in ((uctypes.LITTLE_ENDIAN, "le"), (uctypes.BIG_ENDIAN, "be")):
    for name, t, size in types:
        buf = bytearray(3 * size)
        s = uctypes.struct(uctypes.addressof(buf), {"a": (uctypes.ARRAY | 0, t | 3)}, layout)
        a = s.a
        a[0] = 1
        a[1] = -1 if name[0] == "I" else 2 ** (8 * size) - 1
        a[2] = 2 ** (8 * size - 1)  # wraps for the signed types
        print(lname, name, a[0], a[1], a[2], buf.hex())

buf = bytearray(range(8))
s = uctypes.struct(uctypes.addressof(buf), {
    "w": (uctypes.ARRAY | 0, uctypes.UINT16 | 4),
    "b": (uctypes.ARRAY | 0, uctypes.UINT8 | 8),
    "sb": (uctypes.ARRAY | 0, uctypes.INT8 | 8),
}, uctypes.LITTLE_ENDIAN)
print(len(s.w), len(s.b), len(s.sb))
print(hex(s.w[-1]), hex(s.w[-4]))
for i in (4, -5, 100):
    try:
        s.w[i]
    except IndexError:
        print("IndexError", i)
    try:
        s.w[i] = 0
    except IndexError:
        print("IndexError store", i)
# UINT8 arrays are bytearrays over the memory: writes go through
b = s.b
print(type(b).__name__, b)
b[0] = 0xff
print(buf[0], s.w[0])
# other arrays can be sliced into bytearrays over their bytes
print(s.w[1:3], s.sb[2:4], s.w[3:1])
print(s.sb[7], s.sb[-8])
buf[7] = 0x80
print(s.sb[7])
# the index can be any int-like value
print(s.w[True])
try:
    s.w["x"]
except TypeError:
    print("TypeError")

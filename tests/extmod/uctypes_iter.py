# uctypes: iterating arrays (scalars and structs); pointers and structs are
# not iterable; len() of arrays
import uctypes

buf = bytearray(range(8))
a = uctypes.addressof(buf)
s = uctypes.struct(a, {
    "w": (uctypes.ARRAY | 0, uctypes.UINT16 | 4),
    "sw": (uctypes.ARRAY | 4, uctypes.INT8 | 4),
    "pairs": (uctypes.ARRAY | 0, 4, {"lo": uctypes.UINT8 | 0, "hi": uctypes.UINT8 | 1}),
    "p": (uctypes.PTR | 0, uctypes.UINT8),
}, uctypes.LITTLE_ENDIAN)
print(list(s.w), len(s.w))
buf[7] = 0xf0
print(list(s.sw), sum(s.sw))
print([(p.lo, p.hi) for p in s.pairs], len(s.pairs))
print(list(enumerate(s.w))[-1])
print(0x0302 in s.w, 5 in s.w)
for o in (s.p, s):
    try:
        iter(o)
    except TypeError:
        print("TypeError")
try:
    len(s.p)
except TypeError:
    print("TypeError")

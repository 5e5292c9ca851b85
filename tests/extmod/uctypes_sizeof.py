# uctypes.sizeof: descriptors, struct objects, fields; native alignment
import uctypes

print(uctypes.sizeof({}))
print(uctypes.sizeof({"a": uctypes.UINT8 | 0}))
print(uctypes.sizeof({"a": uctypes.UINT8 | 0, "b": uctypes.UINT8 | 1}))
d = {"a": uctypes.UINT8 | 0, "b": uctypes.UINT32 | 4, "c": uctypes.UINT8 | 8}
# NATIVE pads to the largest member, packed layouts do not
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN), uctypes.sizeof(d, uctypes.BIG_ENDIAN))
d = {"a": uctypes.UINT16 | 0, "b": uctypes.UINT8 | 2}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN))
d = {"x": uctypes.FLOAT64 | 0, "y": uctypes.FLOAT32 | 8}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN))
d = {"x": uctypes.UINT64 | 1}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.BIG_ENDIAN))
# overlapping fields: the furthest end counts
d = {"w": uctypes.UINT32 | 0, "b0": uctypes.UINT8 | 0, "b3": uctypes.UINT8 | 3}
print(uctypes.sizeof(d))
# bitfields count as their container
d = {"bf": uctypes.BFUINT16 | 6 | 3 << uctypes.BF_POS | 2 << uctypes.BF_LEN}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN))
d = {"bf": uctypes.BFUINT32 | 0 | 31 << uctypes.BF_POS | 1 << uctypes.BF_LEN}
print(uctypes.sizeof(d))
# pointers are machine words
p = {"p": (uctypes.PTR | 0, uctypes.UINT8)}
print(uctypes.sizeof(p) in (4, 8))
# arrays
print(uctypes.sizeof({"a": (uctypes.ARRAY | 0, uctypes.UINT8 | 5)}))
print(uctypes.sizeof({"a": (uctypes.ARRAY | 2, uctypes.UINT16 | 3)}))
elem = {"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}
print(uctypes.sizeof({"a": (uctypes.ARRAY | 0, 3, elem)}))
print(uctypes.sizeof({"a": (uctypes.ARRAY | 0, 3, elem)}, uctypes.LITTLE_ENDIAN))
print(uctypes.sizeof({"a": (uctypes.ARRAY | 0, 0, elem)}))
# nested structs
d = {"h": uctypes.UINT8 | 0, "s": (4, {"x": uctypes.UINT16 | 0, "y": uctypes.UINT16 | 2})}
print(uctypes.sizeof(d), uctypes.sizeof(d, uctypes.LITTLE_ENDIAN))
# an aggregate descriptor on its own
print(uctypes.sizeof((uctypes.ARRAY | 0, uctypes.UINT32 | 4)))

# struct objects use their own layout; fields that are aggregates too
buf = bytearray(16)
desc = {
    "arr": (uctypes.ARRAY | 0, uctypes.UINT8 | 2),
    "arr2": (uctypes.ARRAY | 0, 2, {"b": uctypes.UINT8 | 0}),
    "arr3": (uctypes.ARRAY | 2, uctypes.UINT16 | 2),
    "arr4": (uctypes.ARRAY | 0, 2, {"b": uctypes.UINT8 | 0, "w": uctypes.UINT16 | 1}),
    "sub": (0, {"b1": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN}),
    "ptr": (uctypes.PTR | 8, uctypes.UINT8),
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(buf), desc, layout)
    print(uctypes.sizeof(s.arr), uctypes.sizeof(s.arr2), uctypes.sizeof(s.arr3),
          uctypes.sizeof(s.arr4), uctypes.sizeof(s.sub), uctypes.sizeof(s.ptr) in (4, 8),
          uctypes.sizeof(s) in (12, 16))
# sizeof of a scalar value or a non-descriptor is a TypeError
for bad in (s.arr3[0], [], "x", None, 1.5):
    try:
        uctypes.sizeof(bad)
    except TypeError:
        print("TypeError")
try:
    uctypes.sizeof({}, 7)
except ValueError:
    print("ValueError")

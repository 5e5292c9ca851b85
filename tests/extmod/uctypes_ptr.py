# uctypes: pointers to scalars and to structs, indexing, writes through them
import sys
import uctypes

if sys.byteorder != "little":
    print("SKIP")
    raise SystemExit

desc = {
    "ptr": (uctypes.PTR | 0, uctypes.UINT8),
    "ptr16": (uctypes.PTR | 0, uctypes.UINT16),
    "ptr32": (uctypes.PTR | 0, uctypes.INT32),
    "ptr2": (uctypes.PTR | 0, {"b": uctypes.UINT8 | 0, "c": uctypes.UINT8 | 1}),
}
target = bytearray(b"0123\xff\xff\xff\xff")
addr = uctypes.addressof(target)
cell = bytearray(addr.to_bytes(uctypes.sizeof(desc), "little"))

for layout in (uctypes.LITTLE_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(cell), desc, layout)
    print(s.ptr[0], s.ptr[1], s.ptr[3])
    print(hex(s.ptr16[0]), hex(s.ptr16[1]))
    print(s.ptr32[1])
    # a pointer to a struct: [i] steps by the size of the struct
    print(s.ptr2[0].b, s.ptr2[0].c, s.ptr2[1].b, s.ptr2[1].c)

s = uctypes.struct(uctypes.addressof(cell), desc, uctypes.LITTLE_ENDIAN)
s.ptr[0] = ord("A")
s.ptr16[1] = 0x4443
s.ptr2[0].c = ord("B")
print(target)
# pointer arithmetic with negative indices, as in C
cell[:] = (addr + 2).to_bytes(len(cell), "little")
print(s.ptr[-2], s.ptr[0])
try:
    s.ptr2[0] = 1
except TypeError:
    print("TypeError")
# a big-endian pointer holds a big-endian address
cell_be = bytearray(addr.to_bytes(uctypes.sizeof(desc), "big"))
t = uctypes.struct(uctypes.addressof(cell_be), desc, uctypes.BIG_ENDIAN)
print(t.ptr[1], hex(t.ptr16[1]))
# a NULL pointer is not dereferenced
cell[:] = bytes(len(cell))
try:
    s.ptr[0]
except ValueError:
    print("ValueError")

# uctypes: nested structs, arrays of structs containing arrays, descriptors
# reused at several places, dict subclasses as descriptors
import uctypes

point = {"x": uctypes.INT16 | 0, "y": uctypes.INT16 | 2}
rect = {"tl": (0, point), "br": (4, point)}
shape = {
    "id": uctypes.UINT8 | 0,
    "n": uctypes.UINT8 | 1,
    "r": (2, rect),
    "pts": (uctypes.ARRAY | 10, 3, point),
    "rows": (uctypes.ARRAY | 22, 2, {"cells": (uctypes.ARRAY | 0, uctypes.UINT8 | 3), "sum": uctypes.UINT8 | 3}),
}
print(uctypes.sizeof(shape, uctypes.LITTLE_ENDIAN), uctypes.sizeof(shape))
buf = bytearray(uctypes.sizeof(shape, uctypes.LITTLE_ENDIAN))
s = uctypes.struct(uctypes.addressof(buf), shape, uctypes.LITTLE_ENDIAN)
s.id = 7
s.n = 3
s.r.tl.x = -1
s.r.tl.y = 2
s.r.br.x = 300
s.r.br.y = -400
for i in range(3):
    p = s.pts[i]
    p.x = i * 10
    p.y = -i
for j in range(2):
    row = s.rows[j]
    for k in range(3):
        row.cells[k] = j * 3 + k
    row.sum = sum(row.cells)
print(buf.hex())
print(s.r.tl.x, s.r.tl.y, s.r.br.x, s.r.br.y)
print([(s.pts[i].x, s.pts[i].y) for i in range(3)])
print([list(s.rows[j].cells) for j in range(2)], [s.rows[j].sum for j in range(2)])
print(s.pts[-1].x)
# struct objects are views: a second one over the same memory agrees
t = uctypes.struct(uctypes.addressof(buf) + 2, rect, uctypes.LITTLE_ENDIAN)
print(t.br.x, t.br.y)
t.br.x = 5
print(s.r.br.x)

class D(dict):
    pass
d = D()
d["a"] = uctypes.UINT8 | 1
d["b"] = (2, {"c": uctypes.UINT8 | 0})
u = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
print(u.a, u.b.c, uctypes.sizeof(d))
# keys may be non-identifier strings (they cannot be read as attributes)
e = {"not a name": uctypes.UINT8 | 0, "ok": uctypes.UINT8 | 0}
print(uctypes.struct(uctypes.addressof(buf), e).ok, getattr(uctypes.struct(uctypes.addressof(buf), e), "not a name"))

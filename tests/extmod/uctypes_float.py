# uctypes: FLOAT32 and FLOAT64 fields, aligned and not, all layouts
import uctypes

desc = {
    "f32": uctypes.FLOAT32 | 0,
    "f64": uctypes.FLOAT64 | 0,
    "uf64": uctypes.FLOAT64 | 2,
    "uf32": uctypes.FLOAT32 | 1,
    "farr": (uctypes.ARRAY | 0, uctypes.FLOAT32 | 2),
    "darr": (uctypes.ARRAY | 0, uctypes.FLOAT64 | 1),
}
data = bytearray(10)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(data), desc, layout)
    s.f32 = 12.34
    print("%.4f" % s.f32)
    s.f64 = 12.34
    print(s.f64)
    s.uf64 = -0.5
    print(s.uf64)
    s.uf32 = 3
    print(s.uf32)
le = uctypes.struct(uctypes.addressof(data), desc, uctypes.LITTLE_ENDIAN)
be = uctypes.struct(uctypes.addressof(data), desc, uctypes.BIG_ENDIAN)
le.f32 = 1.0
print(data[:4])
be.f32 = 1.0
print(data[:4])
le.f64 = 1.0
print(data[:8])
be.f64 = -2.0
print(data[:8])
le.farr[0] = 0.25
le.farr[1] = float("inf")
print(le.farr[0], le.farr[1], data[:8])
le.darr[0] = 1e300
print(le.darr[0], le.f64)
# float32 rounds
le.f32 = 0.1
print(le.f32 == 0.1, abs(le.f32 - 0.1) < 1e-8)
# an int is accepted for a float field, not the reverse
le.f64 = 7
print(le.f64)
try:
    le.darr[0] = "x"
except TypeError:
    print("TypeError")
s = uctypes.struct(uctypes.addressof(data), {"i": uctypes.INT32 | 0})
try:
    s.i = 1.5
except TypeError:
    print("TypeError")

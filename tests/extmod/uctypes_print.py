# uctypes: repr of struct objects and the module constants
import uctypes

print(uctypes.struct(0, {"arr": (uctypes.ARRAY | 0, uctypes.UINT8 | 1)}))
print(uctypes.struct(0, [(uctypes.ARRAY | 0, uctypes.UINT8 | 1)]))
print(uctypes.struct(0, (uctypes.ARRAY | 0, uctypes.UINT8 | 1)))
print(uctypes.struct(0, (uctypes.PTR | 0, uctypes.UINT8 | 1)))
print(uctypes.struct(0x1234, {}))
print(type(uctypes.struct(0, {})))
s = uctypes.struct(16, {"sub": (4, {}), "arr": (uctypes.ARRAY | 8, 2, {}), "p": (uctypes.PTR | 2, uctypes.UINT8)})
print(s.sub, s.arr, s.p)

for name in ("UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64",
             "BFUINT8", "BFINT8", "BFUINT16", "BFINT16", "BFUINT32", "BFINT32",
             "FLOAT32", "FLOAT64", "PTR", "ARRAY", "BF_POS", "BF_LEN",
             "LITTLE_ENDIAN", "BIG_ENDIAN", "NATIVE", "VOID"):
    print(name, getattr(uctypes, name))

# uctypes: bad descriptors and operations raise, never crash
import uctypes

data = bytearray(b"01234567")
a = uctypes.addressof(data)

# del and indexing are not supported on structs
s = uctypes.struct(a, {})
try:
    del s[0]
except TypeError:
    print("TypeError del")
try:
    s[0]
except TypeError:
    print("TypeError index")
# unknown field
try:
    s.x
except AttributeError:
    print("AttributeError")
# a list is not a descriptor (accepted by struct(), refused on use)
s = uctypes.struct(a, [])
try:
    s.x
except TypeError:
    print("TypeError list")
# bad field values
for v in ([], "x", 1.5, (), (1,), (1, 2, 3, 4), (uctypes.ARRAY | 0,), (0, 5),
          (uctypes.ARRAY | 0, "n", {}), (uctypes.ARRAY | 0, 2, 5),
          (uctypes.PTR | 0, []), (3 << 29 | 0, 1), ("x", 1), 2 ** 40,
          (uctypes.ARRAY | 0, uctypes.BFUINT8 | 2), (uctypes.ARRAY | 0, -1, {})):
    s = uctypes.struct(a, {"f": v})
    try:
        s.f
        print("no error", v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
# aggregates cannot be assigned or deleted
s = uctypes.struct(a, {"arr": (uctypes.ARRAY | 0, uctypes.INT8 | 2), "sub": (0, {}), "i": uctypes.UINT8 | 0})
for name in ("arr", "sub"):
    try:
        setattr(s, name, 1)
    except TypeError:
        print("TypeError set", name)
try:
    del s.i
except TypeError:
    print("TypeError del field")
try:
    s.i = "x"
except TypeError:
    print("TypeError value")
try:
    del s.arr[0]
except TypeError:
    print("TypeError del item")
# not hashable
try:
    hash(s)
except TypeError:
    print("TypeError hash")
# constructor arguments
for args in ((), (a,), (a, {}, 1, 2), ("a", {}), (a, {}, 3), (a, {}, -1)):
    try:
        uctypes.struct(*args)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
# a self-referencing descriptor is caught
d = {}
d["me"] = (uctypes.ARRAY | 0, 1, d)
try:
    uctypes.sizeof(d)
except RuntimeError:
    print("RuntimeError")

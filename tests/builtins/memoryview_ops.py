# memoryview over bytes/bytearray: slicing, assignment, cast, release
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m[::2].tobytes(), m.tobytes(), m.tolist(), len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.hex(":"), m[::-1].hex(), m[1::2].tolist(), m[-2:].tobytes(), bytes(m[4:1:-1]))
mb = bytearray(b"abcdef"); mv = memoryview(mb); mv[0] = 65; mv[1:3] = b"BC"; print(mb, mv.readonly, mv.obj is mb)
t(mv.__setitem__, slice(0, 2), b"xyz"); t(m.__setitem__, 0, 1); t(mv.__setitem__, 0, 256)
mc = mv.cast("H") if True else None; print(mc.format, mc.itemsize, len(mc), mc.nbytes)
print(mv == b"ABCdef", mv == mb, memoryview(b"ab") == memoryview(b"ab"), m.hex(), mv.toreadonly().readonly)
mv.release(); t(len, mv) ; t(lambda: mv[0])
with memoryview(b"xy") as w:
    print(w.tobytes())
t(memoryview, "str"); t(memoryview, 5); 
print(bytes(memoryview(b"abc")[::-1]), memoryview(b"abc")[::-1].tobytes(), list(memoryview(b"ab")))
ba = bytearray(8)
v = memoryview(ba)
v[::2] = b"\x01\x02\x03\x04"
print(ba, v[1::2].tolist())
w = v.cast("I")
print(w.tolist(), w.format, w.itemsize, len(w), w.nbytes)
w[0] = 0x41424344
print(ba, v[:4].tobytes())
vv = v[2:6]
vv[0] = 255
print(ba, vv.tolist(), bytes(vv), vv.obj is ba)
t(v.cast, "Z")
t(v[::2].cast, "B")
t(memoryview(b"abc").cast, "I")
print(list(memoryview(b"xyz")[::-1]), b"".join([memoryview(b"ab"), b"c"]), bytearray(memoryview(b"qq")), b"abc" == memoryview(b"abc"))
print(memoryview(bytearray(b"ab")).readonly, memoryview(b"ab").readonly, memoryview(memoryview(b"zz")).tobytes())
print(hash(memoryview(b"ab")) == hash(b"ab"))
t(hash, memoryview(bytearray(b"ab")))

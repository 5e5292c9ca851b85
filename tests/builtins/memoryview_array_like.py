# memoryview item formats after cast, tolist, comparisons, slicing of casts
b = bytearray(range(16))
m = memoryview(b)
for fmt in ["B", "b", "H", "h", "I", "i", "Q", "q", "c"]:
    c = m.cast(fmt)
    print(fmt, c.itemsize, len(c), c.nbytes, c.tolist()[:3], c.format)
h = m.cast("H")
h[0] = 0xFFFF
print(b[:4], h[0], h[-1], h[1:3].tolist(), h[::4].tolist())
s = m.cast("b")
s[1] = -1
print(b[1], s[1], s[:3].tolist())
for bad in [lambda: h.__setitem__(0, -1), lambda: h.__setitem__(0, 70000), lambda: s.__setitem__(0, 200), lambda: m.cast("H").cast("I"), lambda: memoryview(b"abc").cast("H")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(m[2:4] == b"\x02\x03", m == bytearray(b), memoryview(b"ab") == b"ab", memoryview(b"ab") != b"ac", memoryview(b"") == b"")
mm = memoryview(b"hello world")
print(mm[6:].tobytes(), bytes(mm[:5]), mm[-1], mm[::-1].tobytes(), mm[1:8:3].tobytes(), len(mm[3:3]))
print(str(bytes(mm[:2]), "ascii"), mm.tobytes().decode().upper(), b"-".join([mm[:2], mm[6:8]]))
big = bytearray(1000)
mv = memoryview(big)
mv[100:200] = b"\x01" * 100
print(sum(big), big.count(1), bytes(mv[99:101]))

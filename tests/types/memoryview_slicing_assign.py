# memoryview over bytes/bytearray: indexing, slicing (steps), item and slice assignment, errors
b = bytearray(b'abcdefgh')
m = memoryview(b)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:2].tobytes(), len(m[2:]), bytes(m[1:4]))
m[0] = 65
m[1:3] = b'BC'
m[-2:] = bytearray(b'GH')
print(b)
m2 = m[2:6]
m2[0] = 0x7a
print(b, m2.tobytes(), m2.tolist())
for f in (lambda: m.__setitem__(0, 256), lambda: m.__setitem__(slice(0, 2), b'x'), lambda: m.__setitem__(0, b'x'), lambda: m[100],
          lambda: m.__setitem__(100, 1), lambda: memoryview(b'ro').__setitem__(0, 1), lambda: m[1.5], lambda: m[::2].__setitem__(0, 1)):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b)
sb = m[::2]
print(sb.tobytes(), sb.tolist(), len(sb), sb[1], sb[-1])
ro = memoryview(b'readonly')
print(ro.readonly, m.readonly, ro[1:4].tobytes(), ro == b'readonly', m == b, ro[0:0].tobytes())

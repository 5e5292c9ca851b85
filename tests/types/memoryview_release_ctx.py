# memoryview release(), context manager, operations on a released view, bytearray resize locking
b = bytearray(b'abc')
m = memoryview(b)
with m as mm:
    print(mm is m, mm[0], mm.tobytes())
for f in (lambda: m[0], lambda: m.tobytes(), lambda: len(m), lambda: m.nbytes, lambda: m.tolist(), lambda: bytes(m)):
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
m.release()
m.release()
print(repr(m).startswith('<released memoryview'))
b2 = bytearray(b'xyz')
m2 = memoryview(b2)
m2[0] = 65
m2.release()
b2.append(66)
print(b2)
with memoryview(b'abc') as m3:
    print(m3[1:].tobytes())
print(m3 == m3, m3 != memoryview(b'abc'))

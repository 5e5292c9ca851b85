# bytearray identity vs equality, copies via slicing/bytearray(), aliasing through memoryview, unhashability
a = bytearray(b'abc')
b = a[:]
c = bytearray(a)
print(a == b == c, a is b, b is c)
a[0] = 120
print(a, b, c)
m = memoryview(a)
m[1] = 121
print(a, bytes(m), m.tobytes() == a)
try:
    {a: 1}
except TypeError as e:
    print('TypeError', e)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
print(a * 2, 2 * a, a + b, a.count(120), sorted([bytearray(b'b'), bytearray(b'a')]), bytearray(b'x') in [b'x'])
m.release()
a.extend(a)
print(a, len(a))
a[:] = b''
print(a, len(a), bool(a), bool(bytearray(1)))
